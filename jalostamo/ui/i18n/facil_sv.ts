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
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Printable agenda</source>
        <translation>Utskrivbar agenda</translation>
    </message>
</context>
</TS>
