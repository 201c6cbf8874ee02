"""Accessible reports and alternative text (fi, sv, en)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "a11y.board": {
        "fi": "Taulun piirros: {title}.",
        "sv": "Bild av tavlan: {title}.",
        "en": "Drawing of the board: {title}.",
    },
    "a11y.board_empty": {
        "fi": "Taululla ei ole tekstiä.",
        "sv": "Tavlan har ingen text.",
        "en": "The board has no text.",
    },
    "a11y.frame": {
        "fi": "Kehys {title}:",
        "sv": "Ram {title}:",
        "en": "Frame {title}:",
    },
    "a11y.frame_empty": {
        "fi": "Kehys {title} on tyhjä.",
        "sv": "Ramen {title} är tom.",
        "en": "Frame {title} is empty.",
    },
    "a11y.outside": {
        "fi": "Kehysten ulkopuolella:",
        "sv": "Utanför ramarna:",
        "en": "Outside the frames:",
    },
    "a11y.photo": {
        "fi": "valokuva:",
        "sv": "foto:",
        "en": "photo:",
    },
    "a11y.photo_undescribed": {
        "fi": "valokuva ilman kuvausta",
        "sv": "foto utan beskrivning",
        "en": "photo without a description",
    },
    "a11y.connector": {
        "fi": "yhdysviiva",
        "sv": "koppling",
        "en": "connector",
    },
    "a11y.rubric_chart": {
        "fi": "Pylväskaavio: arviointikriteerien keskiarvot asteikolla 0–4.",
        "sv": "Stapeldiagram: medelvärden för bedömningskriterierna på skalan 0–4.",
        "en": "Bar chart: the criteria's average scores on the 0–4 scale.",
    },
    "a11y.indicator_chart": {
        "fi": "Viivakaavio mittarista {name}:",
        "sv": "Linjediagram över indikatorn {name}:",
        "en": "Line chart of the indicator {name}:",
    },
    "a11y.no_value": {
        "fi": "ei arvoa",
        "sv": "inget värde",
        "en": "no value",
    },
    "a11y.alt_text": {
        "fi": "Kuvaus (vaihtoehtoinen teksti)",
        "sv": "Beskrivning (alternativ text)",
        "en": "Description (alt text)",
    },
    "a11y.alt_text_hint": {
        "fi": "Mitä kuvassa näkyy? Ruudunlukija lukee tämän raportissa. Tyhjänä käytetään "
              "kuvatekstiä.",
        "sv": "Vad visar bilden? En skärmläsare läser detta i rapporten. Tom: bildtexten "
              "används.",
        "en": "What does the photo show? A screen reader reads this in reports. Left empty, "
              "the caption is used.",
    },
    "a11y.edit_alt_text": {
        "fi": "Muuta kuvan kuvausta",
        "sv": "Ändra bildens beskrivning",
        "en": "Change the photo's description",
    },
    "report.anonymous_reviews_given": {
        "fi": "Nimettömiä arvioita: {count} (arvioitavia ei näytetä, jotta arvioija ei "
              "paljastu).",
        "sv": "Anonyma granskningar: {count} (de granskade teamen visas inte, så att "
              "granskaren inte röjs).",
        "en": "Anonymous reviews: {count} (the reviewed teams are not shown, so that the "
              "reviewer stays anonymous).",
    },
}
