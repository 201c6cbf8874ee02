<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>ExpertDialog</name>
    <message>
        <location filename="../review/expert_dialog.py" line="118"/>
        <location filename="../review/expert_dialog.py" line="185"/>
        <source>Invite an expert</source>
        <translation>Bjud in en expert</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="126"/>
        <source>Expert&apos;s name</source>
        <translation>Expertens namn</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="130"/>
        <source>Expert&apos;s organisation</source>
        <translation>Expertens organisation</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="131"/>
        <source>e.g. THL</source>
        <translation>t.ex. THL</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="135"/>
        <source>Teams the expert reviews</source>
        <translation>Team som experten granskar</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="149"/>
        <source>Invite</source>
        <translation>Bjud in</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="155"/>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="156"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="157"/>
        <source>Reviews the teams</source>
        <translation>Granskar teamen</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="175"/>
        <source>Write the expert&apos;s name.</source>
        <translation>Skriv expertens namn.</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="180"/>
        <source>Choose at least one team for the expert to review.</source>
        <translation>Välj minst ett team som experten granskar.</translation>
    </message>
</context>
<context>
    <name>ExpertReviewDialog</name>
    <message>
        <location filename="../review/expert_dialog.py" line="225"/>
        <source>Review by {name}</source>
        <translation>Granskare: {name}</translation>
    </message>
</context>
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
        <location filename="../review/review_form.py" line="211"/>
        <source>Start review</source>
        <translation>Börja granskningen</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="222"/>
        <source>Edit review</source>
        <translation>Redigera granskning</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="232"/>
        <source>Add review note</source>
        <translation>Lägg till granskningskommentar</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="250"/>
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
        <location filename="../review/round_setup.py" line="81"/>
        <source>Anonymous reviews (reviewers are hidden everywhere)</source>
        <translation>Anonyma granskningar (granskarna döljs överallt)</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="88"/>
        <location filename="../review/round_setup.py" line="243"/>
        <source>Assign reviewers</source>
        <translation>Fördela granskare</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="91"/>
        <source>Show on projector</source>
        <translation>Visa på projektorn</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="93"/>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="95"/>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="99"/>
        <source>Reviewer</source>
        <translation>Granskare</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="99"/>
        <source>Reviews</source>
        <translation>Granskar</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="106"/>
        <source>Invite an expert…</source>
        <translation>Bjud in en expert…</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="108"/>
        <source>Invite an expert as a reviewer</source>
        <translation>Bjud in en expert som granskare</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="110"/>
        <location filename="../review/round_setup.py" line="276"/>
        <source>Remove assignment</source>
        <translation>Ta bort granskningspar</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="112"/>
        <source>Remove the chosen assignments</source>
        <translation>Ta bort valda granskningspar</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="114"/>
        <source>Expert&apos;s review…</source>
        <translation>Expertens granskning…</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="116"/>
        <source>Write the invited expert&apos;s review</source>
        <translation>Skriv den inbjudna expertens granskning</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="124"/>
        <source>Title</source>
        <translation>Rubrik</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="125"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="126"/>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="128"/>
        <source>Each team reviews</source>
        <translation>Varje team granskar</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="129"/>
        <source>Seed</source>
        <translation>Slumpfrö</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="130"/>
        <source>Dots per reviewer (gallery walk)</source>
        <translation>Prickar per granskare (gallerivandring)</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="163"/>
        <source>(no workshop)</source>
        <translation>(ingen workshop)</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="195"/>
        <source>Invited expert</source>
        <translation>Inbjuden expert</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="215"/>
        <source>Reviews received: {counts}</source>
        <translation>Mottagna granskningar: {counts}</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="217"/>
        <source>Not balanced: some teams get more reviews than others.</source>
        <translation>Ojämnt: vissa team får fler granskningar än andra.</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="228"/>
        <source>Edit review round</source>
        <translation>Redigera granskningsomgång</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="248"/>
        <source>Change reviewer assignment</source>
        <translation>Ändra granskningspar</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="309"/>
        <source>Save as PDF</source>
        <translation>Spara som PDF</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="310"/>
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
        <location filename="../review/status_board.py" line="63"/>
        <source>Invited expert</source>
        <translation>Inbjuden expert</translation>
    </message>
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
