<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>BackupSettingsDialog</name>
    <message>
        <location filename="../safety/policy_dialog.py" line="22" />
        <source>Backup settings</source>
        <translation>Inställningar för säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../safety/policy_dialog.py" line="23" />
        <source>Backups kept</source>
        <translation>Sparade säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../safety/policy_dialog.py" line="25" />
        <source>Kept for at most (days)</source>
        <translation>Sparas högst (dagar)</translation>
    </message>
    <message>
        <location filename="../safety/policy_dialog.py" line="27" />
        <source>A backup every (minutes, while there are changes)</source>
        <translation>En säkerhetskopia var (minut, när det finns ändringar)</translation>
    </message>
    <message>
        <location filename="../safety/policy_dialog.py" line="28" />
        <source>Backups are kept in %1, readable only by you. One is also taken when a file is closed and before every import and merge; the newest good backup is never deleted automatically.</source>
        <translation>Säkerhetskopiorna sparas i %1 och kan bara läsas av dig. En tas också när en fil stängs och före varje import och sammanfogning; den senaste hela säkerhetskopian raderas aldrig automatiskt.</translation>
    </message>
    <message>
        <location filename="../safety/policy_dialog.py" line="38" />
        <source>&amp;Number of backups of each programme:</source>
        <translation>&amp;Antal säkerhetskopior per program:</translation>
    </message>
    <message>
        <location filename="../safety/policy_dialog.py" line="39" />
        <source>&amp;Days a backup is kept:</source>
        <translation>&amp;Dagar en säkerhetskopia sparas:</translation>
    </message>
    <message>
        <location filename="../safety/policy_dialog.py" line="40" />
        <source>&amp;Minutes between automatic backups:</source>
        <translation>&amp;Minuter mellan automatiska säkerhetskopior:</translation>
    </message>
</context>
<context>
    <name>BackupTimer</name>
    <message>
        <location filename="../safety/backup_timer.py" line="48" />
        <source>The automatic backup failed: %1. Your work is safe in the programme file.</source>
        <translation>Den automatiska säkerhetskopieringen misslyckades: %1. Ditt arbete finns kvar i programfilen.</translation>
    </message>
</context>
<context>
    <name>ErasePersonDialog</name>
    <message>
        <location filename="../safety/erase_dialog.py" line="69" />
        <source>Erase a person</source>
        <translation>Radera en persons uppgifter</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="74" />
        <source>Erasing removes the person's name and details, their team memberships and other links, and replaces every mention of their full name in texts with a pseudonym. Erasing cannot be undone, and the undo history is cleared afterwards (it may still hold the name).</source>
        <translation>Raderingen tar bort personens namn och uppgifter, teammedlemskap och andra kopplingar, och ersätter varje förekomst av hela namnet i texter med en pseudonym. Raderingen kan inte ångras, och ångrahistoriken töms efteråt (den kan fortfarande innehålla namnet).</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="81" />
        <source>People</source>
        <translation>Personer</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="87" />
        <source>Also erase &amp;quotes attributed to them</source>
        <translation>Radera också personens &amp;citat</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="90" />
        <source>Also erase &amp;photos of them</source>
        <translation>Radera också &amp;bilder på personen</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="97" />
        <source>Type the person's name to confirm</source>
        <translation>Bekräfta genom att skriva personens namn</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="101" />
        <source>&amp;Erase for good</source>
        <translation>&amp;Radera för gott</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="125" />
        <source>Choose the person to erase.</source>
        <translation>Välj personen vars uppgifter ska raderas.</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="128" />
        <source>To confirm, type the name “%1”:</source>
        <translation>Bekräfta genom att skriva namnet ”%1”:</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="154" />
        <source>The undo history was cleared, because it could still hold the name. Backups that hold the person can be deleted at once in Data safety → Restore from backup…</source>
        <translation>Ångrahistoriken tömdes, eftersom den kunde innehålla namnet. Säkerhetskopior som innehåller personen kan raderas genast under Datasäkerhet → Återställ från säkerhetskopia…</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../safety/restore_dialog.py" line="36" />
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="40" />
        <source>Backups of %1, newest first. Restoring never overwrites anything: “Restore as a new file” writes a copy where you choose; “Replace the open file” closes the programme, keeps the current file aside next to it (its name gets the word “damaged” and the time) and opens the restored one.</source>
        <translation>Säkerhetskopior av %1, nyaste först. Återställningen skriver aldrig över något: ”Återställ som ny fil” skriver en kopia där du väljer; ”Ersätt den öppna filen” stänger programmet, flyttar den nuvarande filen åt sidan bredvid (namnet får ordet ”damaged” och tiden) och öppnar den återställda.</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="47" />
        <source>Backups</source>
        <translation>Säkerhetskopior</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="49" />
        <source>There are no backups of this programme yet.</source>
        <translation>Det finns ännu inga säkerhetskopior av programmet.</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="51" />
        <source>Restore as a &amp;new file…</source>
        <translation>Återställ som &amp;ny fil…</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="54" />
        <source>&amp;Replace the open file</source>
        <translation>&amp;Ersätt den öppna filen</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="57" />
        <source>&amp;Delete this backup</source>
        <translation>&amp;Radera den här säkerhetskopian</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="108" />
        <source>Restore as a new file</source>
        <translation>Återställ som ny fil</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="132" />
        <source>Open it</source>
        <translation>Öppna den</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="140" />
        <source>Close the programme and replace it with the backup? The current file is kept aside next to it, not deleted.</source>
        <translation>Stänga programmet och ersätta det med säkerhetskopian? Den nuvarande filen sparas bredvid, den raderas inte.</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="143" />
        <source>Replace</source>
        <translation>Ersätt</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="171" />
        <source>The backup was restored to %1.</source>
        <translation>Säkerhetskopian återställdes till %1.</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="184" />
        <source>Delete the backup of %1 for good?</source>
        <translation>Radera säkerhetskopian från %1 för gott?</translation>
    </message>
    <message>
        <location filename="../safety/restore_dialog.py" line="187" />
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
</context>
<context>
    <name>Safety</name>
    <message>
        <location filename="../safety/damaged.py" line="35" />
        <source>Restore the backup and open it</source>
        <translation>Återställ säkerhetskopian och öppna den</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="44" />
        <source>facilitator</source>
        <translation>facilitator</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="41" />
        <source>invited expert</source>
        <translation>inbjuden expert</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="49" />
        <source>author of %1 reviews</source>
        <translation>författare till %1 kamratgranskningar</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="52" />
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <location filename="../safety/erase_dialog.py" line="55" />
        <source>no roles</source>
        <translation>inga roller</translation>
    </message>
</context>
<context>
    <name>SafetyMenu</name>
    <message>
        <location filename="../safety/menu.py" line="39" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../safety/menu.py" line="40" />
        <source>&amp;Backup settings…</source>
        <translation>&amp;Inställningar för säkerhetskopior…</translation>
    </message>
    <message>
        <location filename="../safety/menu.py" line="41" />
        <source>&amp;Erase a person…</source>
        <translation>&amp;Radera en persons uppgifter…</translation>
    </message>
    <message>
        <location filename="../safety/menu.py" line="122" />
        <source>Show backups</source>
        <translation>Visa säkerhetskopior</translation>
    </message>
</context>
</TS>