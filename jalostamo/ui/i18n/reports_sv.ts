<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_SE">
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../reports/export_dialog.py" line="40"/>
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="46"/>
        <source>Programme report</source>
        <translation>Programrapport</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="47"/>
        <source>Workshop report</source>
        <translation>Workshoprapport</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="48"/>
        <source>Team report</source>
        <translation>Teamrapport</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="52"/>
        <source>Workshop %1</source>
        <translation>Workshop %1</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="61"/>
        <source>Replace people&apos;s names with pseudonyms</source>
        <translation>Ersätt personernas namn med pseudonymer</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="63"/>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="70"/>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="71"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="72"/>
        <source>City team</source>
        <translation>Stadsteam</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="73"/>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="75"/>
        <source>Save as</source>
        <translation>Spara som</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="81"/>
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="120"/>
        <source>Save report as</source>
        <translation>Spara rapporten som</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="121"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="131"/>
        <source>Writing the report…</source>
        <translation>Rapporten skrivs…</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="131"/>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="157"/>
        <source>Cancelled: no file was written.</source>
        <translation>Avbrutet: ingen fil skrevs.</translation>
    </message>
    <message>
        <location filename="../reports/export_dialog.py" line="167"/>
        <source>Saved %1 (%2 pages).</source>
        <translation>Sparad %1 (%2 sidor).</translation>
    </message>
</context>
<context>
    <name>ReportPreview</name>
    <message>
        <location filename="../reports/preview.py" line="19"/>
        <source>Report: %1</source>
        <translation>Rapport: %1</translation>
    </message>
    <message>
        <location filename="../reports/preview.py" line="27"/>
        <source>%1 pages · %2</source>
        <translation>%1 sidor · %2</translation>
    </message>
    <message>
        <location filename="../reports/preview.py" line="31"/>
        <source>Open folder</source>
        <translation>Öppna mappen</translation>
    </message>
</context>
</TS>
