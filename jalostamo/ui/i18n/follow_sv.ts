<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_FI">
    <context>
        <name>TemplateChooser</name>
        <message>
            <location filename="../canvas/template_chooser.py" line="1" />
            <source>Template for this board</source>
            <translation>Mall för den här tavlan</translation>
        </message>
        <message>
            <location filename="../canvas/template_chooser.py" line="1" />
            <source>Add a template to this board: its items go to a free place beside what is there (one step to undo); a template of zones only becomes the background. Your own templates come last.</source>
            <translation>Lägg till en mall på tavlan: dess objekt placeras på en ledig plats bredvid det som redan finns (ett steg att ångra); en mall med bara zoner blir bakgrunden. Dina egna mallar kommer sist.</translation>
        </message>
    </context>
    <context>
        <name>BoardEditor</name>
        <message>
            <location filename="../canvas/board_view.py" line="1" />
            <source>Apply template: %1</source>
            <translation>Lägg till mall: %1</translation>
        </message>
    </context>
    <context>
        <name>FollowBanner</name>
        <message>
            <location filename="../live/follow_banner.py" line="1" />
            <source>You are following the facilitator's view. Esc or the button stops it.</source>
            <translation>Du följer facilitatorns vy. Esc eller knappen avslutar det.</translation>
        </message>
        <message>
            <location filename="../live/follow_banner.py" line="1" />
            <source>Stop following</source>
            <translation>Sluta följa</translation>
        </message>
    </context>
    <context>
        <name>ViewFollower</name>
        <message>
            <location filename="../live/follow_banner.py" line="1" />
            <source>You stopped following the facilitator's view.</source>
            <translation>Du slutade följa facilitatorns vy.</translation>
        </message>
    </context>
    <context>
        <name>FacilitatorConsole</name>
        <message>
            <location filename="../live/console.py" line="1" />
            <source>Follow me</source>
            <translation>Följ mig</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="1" />
            <source>The teams' laptops show the board you show, as you pan and zoom it.</source>
            <translation>Teamens datorer visar samma tavla och ställe som du, medan du panorerar och zoomar.</translation>
        </message>
    </context>
    <context>
        <name>RoomMenu</name>
        <message>
            <location filename="../live/menu.py" line="1" />
            <source>&amp;Follow me</source>
            <translation>&amp;Följ mig</translation>
        </message>
    </context>
</TS>
