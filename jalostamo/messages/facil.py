"""Messages of the facilitator's day: copying agendas, the printable agenda, own method cards,
attendance."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "agenda.copy_same_workshop": {
        "fi": "Esityslistaa ei voi kopioida samaan työpajaan. Valitse toinen työpaja.",
        "sv": "Agendan kan inte kopieras till samma workshop. Välj en annan workshop.",
        "en": "An agenda cannot be copied into the same workshop. Choose another workshop.",
    },
    "agenda.copy_empty": {
        "fi": "Työpajan {number} esityslistalla ei ole vielä ohjelmanumeroita; kopioitavaa ei ole.",
        "sv": "Workshop {number} har inga aktiviteter på agendan ännu; det finns inget att kopiera.",
        "en": "Workshop {number} has no activities on its agenda yet; there is nothing to copy.",
    },
    "agenda.own_name_too_long": {
        "fi": "Oman menetelmäkortin nimi voi olla enintään {limit} merkkiä. Lyhennä ohjelmanumeron nimeä.",
        "sv": "Namnet på ett eget metodkort får vara högst {limit} tecken. Förkorta aktivitetens namn.",
        "en": "The name of an own method card can be at most {limit} characters. Shorten the activity's name.",
    },
    "report.agenda.total": {
        "fi": "Yhteensä {minutes} min, klo {starts}–{ends}.",
        "sv": "Sammanlagt {minutes} min, kl. {starts}–{ends}.",
        "en": "In all {minutes} min, {starts}–{ends}.",
    },
    "report.attendance": {"fi": "Läsnä", "sv": "Närvarande", "en": "Present"},
    "report.attendance.none": {
        "fi": "Läsnäoloa ei ole merkitty.",
        "sv": "Närvaron har inte antecknats.",
        "en": "Attendance has not been marked.",
    },
    "report.attendance.count": {
        "fi": "Läsnä yhteensä: {count}.",
        "sv": "Närvarande sammanlagt: {count}.",
        "en": "People present: {count}.",
    },
    "report.attendance.others": {
        "fi": "Asiantuntijat ja muut",
        "sv": "Experter och andra",
        "en": "Experts and others",
    },
    "report.subject.agenda": {
        "fi": "Esityslista, työpaja {number}: {programme}",
        "sv": "Agenda, workshop {number}: {programme}",
        "en": "Agenda, workshop {number}: {programme}",
    },
}
