<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
    <context>
        <name>TemplateChooser</name>
        <message>
            <location filename="../canvas/template_chooser.py" line="1" />
            <source>Template for this board</source>
            <translation>Pohja tälle taululle</translation>
        </message>
        <message>
            <location filename="../canvas/template_chooser.py" line="1" />
            <source>Add a template to this board: its items go to a free place beside what is there (one step to undo); a template of zones only becomes the background. Your own templates come last.</source>
            <translation>Lisää taululle pohja: sen osat tulevat vapaaseen kohtaan taululla jo olevien viereen (kumottavissa yhdellä askeleella); pelkistä alueista koostuva pohja tulee taustaksi. Omat pohjasi ovat viimeisinä.</translation>
        </message>
    </context>
    <context>
        <name>BoardEditor</name>
        <message>
            <location filename="../canvas/board_view.py" line="1" />
            <source>Apply template: %1</source>
            <translation>Lisää pohja: %1</translation>
        </message>
    </context>
    <context>
        <name>FollowBanner</name>
        <message>
            <location filename="../live/follow_banner.py" line="1" />
            <source>You are following the facilitator's view. Esc or the button stops it.</source>
            <translation>Seuraat fasilitaattorin näkymää. Esc tai painike lopettaa seuraamisen.</translation>
        </message>
        <message>
            <location filename="../live/follow_banner.py" line="1" />
            <source>Stop following</source>
            <translation>Lopeta seuraaminen</translation>
        </message>
    </context>
    <context>
        <name>ViewFollower</name>
        <message>
            <location filename="../live/follow_banner.py" line="1" />
            <source>You stopped following the facilitator's view.</source>
            <translation>Lopetit fasilitaattorin näkymän seuraamisen.</translation>
        </message>
    </context>
    <context>
        <name>FacilitatorConsole</name>
        <message>
            <location filename="../live/console.py" line="1" />
            <source>Follow me</source>
            <translation>Seuraa minua</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="1" />
            <source>The teams' laptops show the board you show, as you pan and zoom it.</source>
            <translation>Tiimien kannettavat näyttävät saman taulun ja kohdan kuin sinä, kun siirrät ja zoomaat näkymää.</translation>
        </message>
    </context>
    <context>
        <name>RoomMenu</name>
        <message>
            <location filename="../live/menu.py" line="1" />
            <source>&amp;Follow me</source>
            <translation>&amp;Seuraa minua</translation>
        </message>
    </context>
</TS>
