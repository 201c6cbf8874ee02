"""Messages of input files from elsewhere, of the file lock and of finding a team by name."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # --- input files (store/inputs.py) ----------------------------------------------------
    "inputs.refused": {
        "fi": "Tiedostoa {path} ei luettu: {reason}.",
        "sv": "Filen {path} lästes inte: {reason}.",
        "en": "The file {path} was not read: {reason}.",
    },
    "inputs.reason.missing": {
        "fi": "sitä ei ole",
        "sv": "den finns inte",
        "en": "it does not exist",
    },
    "inputs.reason.folder": {
        "fi": "se on kansio, ei tiedosto",
        "sv": "det är en mapp, inte en fil",
        "en": "it is a folder, not a file",
    },
    "inputs.reason.special": {
        "fi": "se ei ole tavallinen tiedosto (vaan esimerkiksi putki tai laite)",
        "sv": "det är ingen vanlig fil (utan till exempel en pipe eller en enhet)",
        "en": "it is not a regular file (but, for example, a pipe or a device)",
    },
    "inputs.reason.too_large": {
        "fi": "se on suurempi kuin {limit} Mt",
        "sv": "den är större än {limit} MB",
        "en": "it is larger than {limit} MB",
    },
    "inputs.reason.unreadable": {
        "fi": "sitä ei voi lukea ({detail})",
        "sv": "den kan inte läsas ({detail})",
        "en": "it cannot be read ({detail})",
    },
    # --- the lock file (store/lock.py) ------------------------------------------------------
    "lock.unusable": {
        "fi": "Tiedostoa {path} ei voi avata muokattavaksi: sen lukitustiedosto {lock} ei ole tavallinen tiedosto, eikä sitä voi poistaa. Poista {lock} ja yritä uudelleen, tai avaa tiedosto vain luku -tilassa.",
        "sv": "{path} kan inte öppnas för redigering: dess låsfil {lock} är ingen vanlig fil och kan inte tas bort. Ta bort {lock} och försök igen, eller öppna filen skrivskyddad.",
        "en": "{path} cannot be opened for editing: its lock file {lock} is not a regular file and cannot be removed. Remove {lock} and try again, or open the file read-only.",
    },
    # --- finding a team by name (services/teams.py) -----------------------------------------
    "not_found.team_ambiguous": {
        "fi": "\u201c{team}\u201d sopii usealle tiimille: {candidates}. Valitse tiimi sen tunnisteella tai tunnisteen alulla, esimerkiksi {example}.",
        "sv": "\u201d{team}\u201d passar flera team: {candidates}. Välj teamet med dess id eller början av id:t, till exempel {example}.",
        "en": "\u201c{team}\u201d matches several teams: {candidates}. Choose the team by its id or the start of its id, for example {example}.",
    },
    "team.candidate": {
        "fi": "{name} (tunniste {id})",
        "sv": "{name} (id {id})",
        "en": "{name} (id {id})",
    },
    # --- merging (services/merge.py): a failure of the target, not of a source ---------------
    "merge.target_failed": {
        "fi": "Yhdistäminen peruttiin: kohdetiedostoa {path} ei voitu lukea tai kirjoittaa ({detail}). Vika on kohdetiedostossa, ei yhdistettävässä tiedostossa {source}. Kohdetiedostoon ei tehty muutoksia; tarkista se komennolla check.",
        "sv": "Sammanfogningen avbröts: målfilen {path} kunde inte läsas eller skrivas ({detail}). Felet finns i målfilen, inte i filen {source} som skulle sammanfogas. Målfilen ändrades inte; kontrollera den med kommandot check.",
        "en": "The merge was cancelled: the target file {path} could not be read or written ({detail}). The fault is in the target, not in the file being merged, {source}. The target file was not changed; check it with the check command.",
    },
}
