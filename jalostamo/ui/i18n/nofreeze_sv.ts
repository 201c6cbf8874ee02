<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_SE">
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../progress.py" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <location filename="../progress.py" />
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
</context>
<context>
    <name>BoardEditor</name>
    <message>
        <location filename="../canvas/board_view.py" />
        <source>Adding photos to the board…</source>
        <translation>Foton läggs till på tavlan…</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../teamwork/merge_dialog.py" />
        <source>Merging the files…</source>
        <translation>Filerna sammanfogas…</translation>
    </message>
</context>
<context>
    <name>TeamworkMenu</name>
    <message>
        <location filename="../teamwork/menu.py" />
        <source>Reading the files to merge…</source>
        <translation>Filerna som ska sammanfogas läses…</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" />
        <source>Writing the team file…</source>
        <translation>Teamfilen skrivs…</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" />
        <source>Writing your work…</source>
        <translation>Ditt arbete skrivs…</translation>
    </message>
</context>
</TS>
