<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ExpertDialog</name>
    <message>
        <location filename="../review/expert_dialog.py" line="118"/>
        <location filename="../review/expert_dialog.py" line="185"/>
        <source>Invite an expert</source>
        <translation>Kutsu asiantuntija</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="126"/>
        <source>Expert&apos;s name</source>
        <translation>Asiantuntijan nimi</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="130"/>
        <source>Expert&apos;s organisation</source>
        <translation>Asiantuntijan organisaatio</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="131"/>
        <source>e.g. THL</source>
        <translation>esim. THL</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="135"/>
        <source>Teams the expert reviews</source>
        <translation>Tiimit, joita asiantuntija arvioi</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="149"/>
        <source>Invite</source>
        <translation>Kutsu</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="155"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="156"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="157"/>
        <source>Reviews the teams</source>
        <translation>Arvioi tiimit</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="175"/>
        <source>Write the expert&apos;s name.</source>
        <translation>Kirjoita asiantuntijan nimi.</translation>
    </message>
    <message>
        <location filename="../review/expert_dialog.py" line="180"/>
        <source>Choose at least one team for the expert to review.</source>
        <translation>Valitse vähintään yksi tiimi, jota asiantuntija arvioi.</translation>
    </message>
</context>
<context>
    <name>ExpertReviewDialog</name>
    <message>
        <location filename="../review/expert_dialog.py" line="225"/>
        <source>Review by {name}</source>
        <translation>Arvioija: {name}</translation>
    </message>
</context>
<context>
    <name>ReviewForm</name>
    <message>
        <location filename="../review/review_form.py" line="72"/>
        <source>Start the review</source>
        <translation>Aloita arviointi</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="77"/>
        <source>The question the presenting team asked</source>
        <translation>Esittelevän tiimin kysymys arvioijille</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="80"/>
        <source>Anonymous</source>
        <translation>Nimetön</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="83"/>
        <source>Ready (submitted)</source>
        <translation>Valmis (palautettu)</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="94"/>
        <source>Focusing question</source>
        <translation>Tarkentava kysymys</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="97"/>
        <source>Rubric (1 = not yet, 4 = excellent)</source>
        <translation>Arviointikriteerit (1 = ei vielä, 4 = erinomainen)</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="106"/>
        <source>Team under review</source>
        <translation>Arvioitava tiimi</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="211"/>
        <source>Start review</source>
        <translation>Aloita arviointi</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="222"/>
        <source>Edit review</source>
        <translation>Muokkaa arviointia</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="232"/>
        <source>Add review note</source>
        <translation>Lisää arviointihuomio</translation>
    </message>
    <message>
        <location filename="../review/review_form.py" line="250"/>
        <source>Score criterion</source>
        <translation>Anna arvosana</translation>
    </message>
</context>
<context>
    <name>ReviewProjector</name>
    <message>
        <location filename="../review/projector.py" line="24"/>
        <source>Invited expert</source>
        <translation>Kutsuttu asiantuntija</translation>
    </message>
    <message>
        <location filename="../review/projector.py" line="25"/>
        <source>Team</source>
        <translation>Tiimi</translation>
    </message>
    <message>
        <location filename="../review/projector.py" line="26"/>
        <source>reviews</source>
        <translation>arvioi</translation>
    </message>
    <message>
        <location filename="../review/projector.py" line="60"/>
        <source>Esc closes · F11 full screen</source>
        <translation>Esc sulkee · F11 koko näyttö</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <location filename="../review/reviews_page.py" line="40"/>
        <location filename="../review/reviews_page.py" line="107"/>
        <location filename="../review/reviews_page.py" line="113"/>
        <source>New review round</source>
        <translation>Uusi arviointikierros</translation>
    </message>
    <message>
        <location filename="../review/reviews_page.py" line="50"/>
        <source>Our reviews</source>
        <translation>Arviointimme</translation>
    </message>
    <message>
        <location filename="../review/reviews_page.py" line="51"/>
        <source>Feedback we received</source>
        <translation>Saamamme palaute</translation>
    </message>
    <message>
        <location filename="../review/reviews_page.py" line="52"/>
        <source>Status board</source>
        <translation>Tilannetaulu</translation>
    </message>
    <message>
        <location filename="../review/reviews_page.py" line="53"/>
        <source>Round and assignment</source>
        <translation>Kierros ja arvioijat</translation>
    </message>
    <message>
        <location filename="../review/reviews_page.py" line="56"/>
        <source>Review round</source>
        <translation>Arviointikierros</translation>
    </message>
    <message>
        <location filename="../review/reviews_page.py" line="110"/>
        <source>Add review criteria</source>
        <translation>Lisää arviointikriteerit</translation>
    </message>
</context>
<context>
    <name>RoundSetup</name>
    <message>
        <location filename="../review/round_setup.py" line="81"/>
        <source>Anonymous reviews (reviewers are hidden everywhere)</source>
        <translation>Nimettömät arvioinnit (arvioijat piilotetaan kaikkialla)</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="88"/>
        <location filename="../review/round_setup.py" line="243"/>
        <source>Assign reviewers</source>
        <translation>Jaa arvioijat</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="91"/>
        <source>Show on projector</source>
        <translation>Näytä projektorilla</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="93"/>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="95"/>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF:nä…</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="99"/>
        <source>Reviewer</source>
        <translation>Arvioija</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="99"/>
        <source>Reviews</source>
        <translation>Arvioi</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="106"/>
        <source>Invite an expert…</source>
        <translation>Kutsu asiantuntija…</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="108"/>
        <source>Invite an expert as a reviewer</source>
        <translation>Kutsu asiantuntija arvioijaksi</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="110"/>
        <location filename="../review/round_setup.py" line="276"/>
        <source>Remove assignment</source>
        <translation>Poista arviointipari</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="112"/>
        <source>Remove the chosen assignments</source>
        <translation>Poista valitut arviointiparit</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="114"/>
        <source>Expert&apos;s review…</source>
        <translation>Asiantuntijan arviointi…</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="116"/>
        <source>Write the invited expert&apos;s review</source>
        <translation>Kirjoita kutsutun asiantuntijan arviointi</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="124"/>
        <source>Title</source>
        <translation>Otsikko</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="125"/>
        <source>Workshop</source>
        <translation>Työpaja</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="126"/>
        <source>Protocol</source>
        <translation>Protokolla</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="128"/>
        <source>Each team reviews</source>
        <translation>Kukin tiimi arvioi</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="129"/>
        <source>Seed</source>
        <translation>Siemenluku</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="130"/>
        <source>Dots per reviewer (gallery walk)</source>
        <translation>Pisteitä arvioijaa kohden (galleriakävely)</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="163"/>
        <source>(no workshop)</source>
        <translation>(ei työpajaa)</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="195"/>
        <source>Invited expert</source>
        <translation>Kutsuttu asiantuntija</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="215"/>
        <source>Reviews received: {counts}</source>
        <translation>Saadut arvioinnit: {counts}</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="217"/>
        <source>Not balanced: some teams get more reviews than others.</source>
        <translation>Epätasainen: osa tiimeistä saa enemmän arviointeja kuin muut.</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="228"/>
        <source>Edit review round</source>
        <translation>Muokkaa arviointikierrosta</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="248"/>
        <source>Change reviewer assignment</source>
        <translation>Muuta arviointiparia</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="309"/>
        <source>Save as PDF</source>
        <translation>Tallenna PDF:nä</translation>
    </message>
    <message>
        <location filename="../review/round_setup.py" line="310"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
</context>
<context>
    <name>RubricChart</name>
    <message>
        <location filename="../review/summary.py" line="41"/>
        <source>No scores yet</source>
        <translation>Ei vielä arvosanoja</translation>
    </message>
</context>
<context>
    <name>StatusBoard</name>
    <message>
        <location filename="../review/status_board.py" line="63"/>
        <source>Invited expert</source>
        <translation>Kutsuttu asiantuntija</translation>
    </message>
    <message>
        <location filename="../review/status_board.py" line="32"/>
        <source>✓ submitted · … started · ○ missing</source>
        <translation>✓ palautettu · … aloitettu · ○ puuttuu</translation>
    </message>
    <message>
        <location filename="../review/status_board.py" line="75"/>
        <source>{done} of {total} reviews submitted.</source>
        <translation>{done}/{total} arviointia palautettu.</translation>
    </message>
    <message>
        <location filename="../review/status_board.py" line="78"/>
        <source>Missing: {list}</source>
        <translation>Puuttuu: {list}</translation>
    </message>
</context>
</TS>
