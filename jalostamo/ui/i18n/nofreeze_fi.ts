<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
<context>
    <name>JobProgress</name>
    <message>
        <location filename="../progress.py" />
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <location filename="../progress.py" />
        <source>Cancelling…</source>
        <translation>Perutaan…</translation>
    </message>
</context>
<context>
    <name>BoardEditor</name>
    <message>
        <location filename="../canvas/board_view.py" />
        <source>Adding photos to the board…</source>
        <translation>Valokuvia lisätään taululle…</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../teamwork/merge_dialog.py" />
        <source>Merging the files…</source>
        <translation>Tiedostoja yhdistetään…</translation>
    </message>
</context>
<context>
    <name>TeamworkMenu</name>
    <message>
        <location filename="../teamwork/menu.py" />
        <source>Reading the files to merge…</source>
        <translation>Yhdistettäviä tiedostoja luetaan…</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" />
        <source>Writing the team file…</source>
        <translation>Tiimitiedostoa kirjoitetaan…</translation>
    </message>
    <message>
        <location filename="../teamwork/menu.py" />
        <source>Writing your work…</source>
        <translation>Työtäsi kirjoitetaan…</translation>
    </message>
</context>
</TS>
