<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../safety/policy_dialog.py" line="22" />
        <source>Backup settings</source>
        <translation>Varmuuskopioinnin asetukset</translation>
    </message>
    <message>
        <location filename="../safety/policy_dialog.py" line="23" />
        <source>Backups kept</source>
        <translation>Säilytettävät varmuuskopiot</translation>
    </message>
    <message>
        <location filename="../safety/policy_dialog.py" line="25" />
        <source>Kept for at most (days)</source>
        <translation>Säilytetään enintään (päivää)</translation>
    </message>
    <message>
        <location filename="../safety/policy_dialog.py" line="27" />
        <source>A backup every (minutes, while there are changes)</source>
        <translation>Varmuuskopio joka (minuutti, kun on muutoksia)</translation>
    </message>
    <message>
        <location filename="../safety/policy_dialog.py" line="28" />
        <source>Backups are kept in %1, readable only by you. One is also taken when a file is closed and before every import and merge; the newest good backup is never deleted automatically.</source>
        <translation>Varmuuskopiot säilytetään kansiossa %1, ja vain sinä voit lukea niitä. Varmuuskopio otetaan myös, kun tiedosto suljetaan, sekä ennen jokaista tuontia ja yhdistämistä; uusinta ehjää varmuuskopiota ei koskaan poisteta automaattisesti.</translation>
    </message>
    <message>
        <location filename="../safety/policy_dialog.py" line="38" />
        <source>&amp;Number of backups of each programme:</source>
        <translation>Kunkin ohjelman varmuuskopioiden &amp;määrä:</translation>
    </message>
    <message>
        <location filename="../safety/policy_dialog.py" line="39" />
        <source>&amp;Days a backup is kept:</source>
        <translation>&amp;Päivät, jotka varmuuskopio säilytetään:</translation>
    </message>
    <message>
        <location filename="../safety/policy_dialog.py" line="40" />
        <source>&amp;Minutes between automatic backups:</source>
        <translation>&amp;Minuutit automaattisten varmuuskopioiden välillä:</translation>
    </message>
</context>
<context>
    <name>BackupTimer</name>
    <message>
        <location filename="../safety/backup_timer.py" line="48" />
        <source>The automatic backup failed: %1. Your work is safe in the programme file.</source>
        <translation>Automaattinen varmuuskopiointi epäonnistui: %1. Työsi on tallessa ohjelmatiedostossa.</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <location filename="../safety/erase_dialog.py" line="69" />
        <source>Erase a person</source>
        <translation>Poista henkilön tiedot</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="74" />
        <source>Erasing removes the person's name and details, their team memberships and other links, and replaces every mention of their full name in texts with a pseudonym. Erasing cannot be undone, and the undo history is cleared afterwards (it may still hold the name).</source>
        <translation>Poistaminen hävittää henkilön nimen ja tiedot, tiimijäsenyydet ja muut liitokset sekä korvaa hänen koko nimensä kaikissa teksteissä pseudonyymillä. Poistoa ei voi perua, ja kumoamishistoria tyhjennetään sen jälkeen (siinä voi vielä olla nimi).</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="81" />
        <source>People</source>
        <translation>Henkilöt</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="87" />
        <source>Also erase &amp;quotes attributed to them</source>
        <translation>Poista myös hänen &amp;lainauksensa</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="90" />
        <source>Also erase &amp;photos of them</source>
        <translation>Poista myös &amp;kuvat hänestä</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="97" />
        <source>Type the person's name to confirm</source>
        <translation>Vahvista kirjoittamalla henkilön nimi</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="101" />
        <source>&amp;Erase for good</source>
        <translation>&amp;Poista pysyvästi</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="125" />
        <source>Choose the person to erase.</source>
        <translation>Valitse henkilö, jonka tiedot poistetaan.</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="128" />
        <source>To confirm, type the name “%1”:</source>
        <translation>Vahvista kirjoittamalla nimi ”%1”:</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="154" />
        <source>The undo history was cleared, because it could still hold the name. Backups that hold the person can be deleted at once in Data safety → Restore from backup…</source>
        <translation>Kumoamishistoria tyhjennettiin, koska siinä saattoi vielä olla nimi. Varmuuskopiot, joissa henkilö vielä on, voi poistaa heti valinnalla Tietoturva → Palauta varmuuskopiosta…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../safety/restore_dialog.py" line="36" />
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="40" />
        <source>Backups of %1, newest first. Restoring never overwrites anything: “Restore as a new file” writes a copy where you choose; “Replace the open file” closes the programme, keeps the current file aside next to it (its name gets the word “damaged” and the time) and opens the restored one.</source>
        <translation>Tiedoston %1 varmuuskopiot, uusin ensin. Palauttaminen ei korvaa mitään: ”Palauta uudeksi tiedostoksi” kirjoittaa kopion valitsemaasi paikkaan; ”Korvaa avoin tiedosto” sulkee ohjelman, siirtää nykyisen tiedoston syrjään sen viereen (nimeen tulee sana ”damaged” ja aika) ja avaa palautetun.</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="47" />
        <source>Backups</source>
        <translation>Varmuuskopiot</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="49" />
        <source>There are no backups of this programme yet.</source>
        <translation>Tästä ohjelmasta ei ole vielä varmuuskopioita.</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="51" />
        <source>Restore as a &amp;new file…</source>
        <translation>Palauta &amp;uudeksi tiedostoksi…</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="54" />
        <source>&amp;Replace the open file</source>
        <translation>&amp;Korvaa avoin tiedosto</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="57" />
        <source>&amp;Delete this backup</source>
        <translation>P&amp;oista tämä varmuuskopio</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="108" />
        <source>Restore as a new file</source>
        <translation>Palauta uudeksi tiedostoksi</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="132" />
        <source>Open it</source>
        <translation>Avaa se</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="140" />
        <source>Close the programme and replace it with the backup? The current file is kept aside next to it, not deleted.</source>
        <translation>Suljetaanko ohjelma ja korvataan se varmuuskopiolla? Nykyinen tiedosto säilytetään sen vieressä, sitä ei poisteta.</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="143" />
        <source>Replace</source>
        <translation>Korvaa</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="171" />
        <source>The backup was restored to %1.</source>
        <translation>Varmuuskopio palautettiin tiedostoon %1.</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="184" />
        <source>Delete the backup of %1 for good?</source>
        <translation>Poistetaanko varmuuskopio ajalta %1 pysyvästi?</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="187" />
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../safety/damaged.py" line="35" />
        <source>Restore the backup and open it</source>
        <translation>Palauta varmuuskopio ja avaa se</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="44" />
        <source>facilitator</source>
        <translation>fasilitaattori</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="41" />
        <source>invited expert</source>
        <translation>kutsuttu asiantuntija</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="49" />
        <source>author of %1 reviews</source>
        <translation>%1 vertaisarvioinnin kirjoittaja</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="52" />
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="55" />
        <source>no roles</source>
        <translation>ei rooleja</translation>
    </message>
</context>
<context>
    <name>SafetyMenu</name>
    <message>
        <location filename="../safety/menu.py" line="39" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <location filename="../safety/menu.py" line="40" />
        <source>&amp;Backup settings…</source>
        <translation>&amp;Varmuuskopioinnin asetukset…</translation>
    </message>
    <message>
        <location filename="../safety/menu.py" line="41" />
        <source>&amp;Erase a person…</source>
        <translation>P&amp;oista henkilön tiedot…</translation>
    </message>
    <message>
        <location filename="../safety/menu.py" line="122" />
        <source>Show backups</source>
        <translation>Näytä varmuuskopiot</translation>
    </message>
</context>
</TS>