<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../reports/export_dialog.py" line="40"/>
        <source>Export report</source>
        <translation>Vie raportti</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="46"/>
        <source>Programme report</source>
        <translation>Ohjelmaraportti</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="47"/>
        <source>Workshop report</source>
        <translation>Työpajaraportti</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="48"/>
        <source>Team report</source>
        <translation>Tiimiraportti</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="52"/>
        <source>Workshop %1</source>
        <translation>Työpaja %1</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="61"/>
        <source>Replace people&apos;s names with pseudonyms</source>
        <translation>Korvaa henkilöiden nimet pseudonyymeillä</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="63"/>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="70"/>
        <source>Report</source>
        <translation>Raportti</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="71"/>
        <source>Workshop</source>
        <translation>Työpaja</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="72"/>
        <source>City team</source>
        <translation>Kaupunkitiimi</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="73"/>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="75"/>
        <source>Save as</source>
        <translation>Tallenna nimellä</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="81"/>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="120"/>
        <source>Save report as</source>
        <translation>Tallenna raportti nimellä</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="121"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-tiedostot (*.pdf)</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="131"/>
        <source>Writing the report…</source>
        <translation>Raporttia kirjoitetaan…</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="131"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="157"/>
        <source>Cancelled: no file was written.</source>
        <translation>Keskeytetty: tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="167"/>
        <source>Saved %1 (%2 pages).</source>
        <translation>Tallennettu %1 (%2 sivua).</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../reports/preview.py" line="19"/>
        <source>Report: %1</source>
        <translation>Raportti: %1</translation>
    </message>
    <message>
        <location filename="../reports/preview.py" line="27"/>
        <source>%1 pages · %2</source>
        <translation>%1 sivua · %2</translation>
    </message>
    <message>
        <location filename="../reports/preview.py" line="31"/>
        <source>Open folder</source>
        <translation>Avaa kansio</translation>
    </message>
</context>
</TS>
