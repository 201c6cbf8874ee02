<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../review/review_form.py" line="72"/>
        <source>Start the review</source>
        <translation>Börja granskningen</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="77"/>
        <source>The question the presenting team asked</source>
        <translation>Frågan som det presenterande teamet ställde</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="80"/>
        <source>Anonymous</source>
        <translation>Anonym</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="83"/>
        <source>Ready (submitted)</source>
        <translation>Klar (inlämnad)</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="94"/>
        <source>Focusing question</source>
        <translation>Fokusfråga</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="97"/>
        <source>Rubric (1 = not yet, 4 = excellent)</source>
        <translation>Kriterier (1 = inte ännu, 4 = utmärkt)</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="106"/>
        <source>Team under review</source>
        <translation>Team som granskas</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="207"/>
        <source>Start review</source>
        <translation>Börja granskningen</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="218"/>
        <source>Edit review</source>
        <translation>Redigera granskning</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="228"/>
        <source>Add review note</source>
        <translation>Lägg till granskningskommentar</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="246"/>
        <source>Score criterion</source>
        <translation>Ge poäng</translation>
    </message>
</context>
<context>
    <name>ReviewProjector</name>
    <message>
        <location filename="../review/projector.py" line="24"/>
        <source>Invited expert</source>
        <translation>Inbjuden expert</translation>
    </message>
    <message>
        <location filename="../review/projector.py" line="25"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../review/projector.py" line="26"/>
        <source>reviews</source>
        <translation>granskar</translation>
    </message>
    <message>
        <location filename="../review/projector.py" line="60"/>
        <source>Esc closes · F11 full screen</source>
        <translation>Esc stänger · F11 helskärm</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../review/reviews_page.py" line="40"/>
        <location filename="../review/reviews_page.py" line="107"/>
        <location filename="../review/reviews_page.py" line="113"/>
        <source>New review round</source>
        <translation>Ny granskningsomgång</translation>
    </message>
    <message>
        <location filename="../review/reviews_page.py" line="50"/>
        <source>Our reviews</source>
        <translation>Våra granskningar</translation>
    </message>
    <message>
        <location filename="../review/reviews_page.py" line="51"/>
        <source>Feedback we received</source>
        <translation>Respons vi fått</translation>
    </message>
    <message>
        <location filename="../review/reviews_page.py" line="52"/>
        <source>Status board</source>
        <translation>Statustavla</translation>
    </message>
    <message>
        <location filename="../review/reviews_page.py" line="53"/>
        <source>Round and assignment</source>
        <translation>Omgång och granskare</translation>
    </message>
    <message>
        <location filename="../review/reviews_page.py" line="56"/>
        <source>Review round</source>
        <translation>Granskningsomgång</translation>
    </message>
    <message>
        <location filename="../review/reviews_page.py" line="110"/>
        <source>Add review criteria</source>
        <translation>Lägg till kriterier</translation>
    </message>
</context>
<context>
    <name>RoundSetup</name>
    <message>
        <location filename="../review/round_setup.py" line="69"/>
        <source>Anonymous reviews (reviewers are hidden everywhere)</source>
        <translation>Anonyma granskningar (granskarna döljs överallt)</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="76"/>
        <location filename="../review/round_setup.py" line="194"/>
        <source>Assign reviewers</source>
        <translation>Fördela granskare</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="79"/>
        <source>Show on projector</source>
        <translation>Visa på projektorn</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="81"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="83"/>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="87"/>
        <source>Reviewer</source>
        <translation>Granskare</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="87"/>
        <source>Reviews</source>
        <translation>Granskar</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="93"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="94"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="95"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="97"/>
        <source>Each team reviews</source>
        <translation>Varje team granskar</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="98"/>
        <source>Seed</source>
        <translation>Slumpfrö</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="99"/>
        <source>Dots per reviewer (gallery walk)</source>
        <translation>Prickar per granskare (gallerivandring)</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="126"/>
        <source>(no workshop)</source>
        <translation>(ingen workshop)</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="154"/>
        <source>Invited expert</source>
        <translation>Inbjuden expert</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="166"/>
        <source>Reviews received: {counts}</source>
        <translation>Mottagna granskningar: {counts}</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="168"/>
        <source>Not balanced: some teams get more reviews than others.</source>
        <translation>Ojämnt: vissa team får fler granskningar än andra.</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="179"/>
        <source>Edit review round</source>
        <translation>Redigera granskningsomgång</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="199"/>
        <source>Change reviewer assignment</source>
        <translation>Ändra granskningspar</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="224"/>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="225"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RubricChart</name>
    <message>
        <location filename="../review/summary.py" line="41"/>
        <source>No scores yet</source>
        <translation>Inga poäng ännu</translation>
    </message>
</context>
<context>
    <name>StatusBoard</name>
    <message>
        <location filename="../review/status_board.py" line="32"/>
        <source>✓ submitted · … started · ○ missing</source>
        <translation>✓ inlämnad · … påbörjad · ○ saknas</translation>
    </message>
    <message>
        <location filename="../review/status_board.py" line="75"/>
        <source>{done} of {total} reviews submitted.</source>
        <translation>{done} av {total} granskningar inlämnade.</translation>
    </message>
    <message>
        <location filename="../review/status_board.py" line="78"/>
        <source>Missing: {list}</source>
        <translation>Saknas: {list}</translation>
    </message>
</context>
</TS>
