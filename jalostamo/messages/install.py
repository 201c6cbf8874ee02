"""Messages about where files live: read-only network folders, files another program holds
open, and the media a programme file is on (issue #18)."""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    "install.read_only_place": {
        "fi": "Tiedostoa {path} ei voi muokata: tiedostoon tai kansioon {folder} ei ole "
              "kirjoitusoikeutta (esimerkiksi vain luku -oikeuksin jaettu verkkolevy). "
              "Muutoksia ei voi tallentaa; kopioi tiedosto omaan kansioosi ja avaa kopio.",
        "sv": "Filen {path} kan inte ändras: du har inte skrivrätt till filen eller mappen "
              "{folder} (till exempel en nätverksenhet som delas skrivskyddad). Ändringar kan "
              "inte sparas; kopiera filen till en egen mapp och öppna kopian.",
        "en": "The file {path} cannot be changed: you may not write to the file or to the "
              "folder {folder} (for example a network drive shared read-only). Changes cannot "
              "be saved; copy the file to a folder of your own and open the copy.",
    },
    "install.opened_read_only": {
        "fi": "Tiedosto {path} avattiin vain luku -tilassa, koska kansioon {folder} ei ole "
              "kirjoitusoikeutta. Jos haluat muokata, kopioi tiedosto omaan kansioosi.",
        "sv": "Filen {path} öppnades skrivskyddad eftersom du inte har skrivrätt till mappen "
              "{folder}. Kopiera filen till en egen mapp om du vill ändra den.",
        "en": "The file {path} was opened read-only because you may not write to the folder "
              "{folder}. To make changes, copy the file to a folder of your own.",
    },
    "install.folder_not_writable": {
        "fi": "Kansioon {folder} ei voi tallentaa tiedostoa {path}: kirjoitusoikeutta ei ole "
              "(esimerkiksi vain luku -oikeuksin jaettu verkkolevy). Valitse oma kansiosi.",
        "sv": "Filen {path} kan inte sparas i mappen {folder}: du har inte skrivrätt (till "
              "exempel en nätverksenhet som delas skrivskyddad). Välj en egen mapp.",
        "en": "The file {path} cannot be saved in the folder {folder}: you may not write "
              "there (for example a network drive shared read-only). Choose a folder of your "
              "own.",
    },
    "install.held_open": {
        "fi": "Tiedosto {path} on auki toisessa ohjelmassa, eikä Jalostamo voi käyttää sitä; "
              "sulje tiedosto toisessa ohjelmassa ja yritä uudelleen.",
        "sv": "Filen {path} är öppen i ett annat program och Jalostamo kan inte använda den; "
              "stäng filen i det andra programmet och försök igen.",
        "en": "The file {path} is open in another program and Jalostamo cannot use it; close "
              "the file in the other program and try again.",
    },
}
