<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en">
<context>
    <name>AgendaPage</name>
    <message>
        <source>Copy agenda from…</source>
        <translation>Kopiera agendan från…</translation>
    </message>
    <message>
        <source>Add another workshop's activities to the end of this agenda</source>
        <translation>Lägg till en annan workshops aktiviteter i slutet av den här agendan</translation>
    </message>
    <message>
        <source>Printable agenda (PDF)…</source>
        <translation>Utskrivbar agenda (PDF)…</translation>
    </message>
    <message>
        <source>%1 (%2 activities)</source>
        <translation>%1 (%2 aktiviteter)</translation>
    </message>
    <message>
        <source>No other workshop has an agenda yet</source>
        <translation>Ingen annan workshop har en agenda ännu</translation>
    </message>
    <message>
        <source>Copy agenda</source>
        <translation>Kopiera agendan</translation>
    </message>
    <message>
        <source>Save as my method card</source>
        <translation>Spara som mitt metodkort</translation>
    </message>
    <message>
        <source>Keep this activity's minutes and instructions as a method card of your own, named after the activity; it is kept in the programme file</source>
        <translation>Spara aktivitetens minuter och instruktioner som ett eget metodkort med aktivitetens namn; det sparas i programfilen</translation>
    </message>
    <message>
        <source>%1 (my own)</source>
        <translation>%1 (eget)</translation>
    </message>
    <message>
        <source>Attendance…</source>
        <translation>Närvaro…</translation>
    </message>
    <message>
        <source>Mark who was present at this workshop</source>
        <translation>Markera vilka som var närvarande vid den här workshoppen</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <source>Who was present</source>
        <translation>Vilka var närvarande</translation>
    </message>
    <message>
        <source>Who was present at workshop %1%2?</source>
        <translation>Vilka var närvarande vid workshop %1%2?</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitatorer</translation>
    </message>
    <message>
        <source>Experts and others</source>
        <translation>Experter och andra</translation>
    </message>
    <message>
        <source>%1 of %2 present</source>
        <translation>Närvarande %1 av %2</translation>
    </message>
    <message>
        <source>The programme has no people yet: add facilitators and team members first.</source>
        <translation>Programmet har inga personer ännu: lägg först till facilitatorer och teammedlemmar.</translation>
    </message>
    <message>
        <source>Mark present</source>
        <translation>Markera som närvarande</translation>
    </message>
    <message>
        <source>Mark absent</source>
        <translation>Markera som frånvarande</translation>
    </message>
</context>
<context>
    <name>AttendanceDialog</name>
    <message>
        <source>Attendance</source>
        <translation>Närvaro</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Printable agenda</source>
        <translation>Utskrivbar agenda</translation>
    </message>
</context>
</TS>
