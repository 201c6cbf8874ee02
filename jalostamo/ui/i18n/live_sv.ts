<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv_FI">
    <context>
        <name>EyesOverlay</name>
        <message>
            <location filename="../live/follower.py" line="125" />
            <source>Eyes on the projector</source>
            <translation>Blicken mot projektorn</translation>
        </message>
        <message>
            <location filename="../live/follower.py" line="127" />
            <source>The facilitator has paused editing for a moment. Your work is safe; you can go on when the facilitator continues.</source>
            <translation>Facilitatorn har pausat redigeringen en stund. Ditt arbete är sparat; du kan fortsätta när facilitatorn fortsätter.</translation>
        </message>
    </context>
    <context>
        <name>FacilitatorConsole</name>
        <message>
            <location filename="../live/console.py" line="126" />
            <source>Facilitator's console — Jalostamo</source>
            <translation>Facilitatorns konsol — Jalostamo</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="128" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="128" />
            <source>Laptop</source>
            <translation>Bärbar dator</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="128" />
            <source>Screen</source>
            <translation>Vy</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="128" />
            <source>Phase</source>
            <translation>Fas</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="129" />
            <source>Last activity</source>
            <translation>Senast aktiv</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="129" />
            <source>Connection</source>
            <translation>Anslutning</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="130" />
            <source>Timer for everyone</source>
            <translation>Timer för alla</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="131" />
            <source>Announcement on every laptop</source>
            <translation>Meddelande till alla datorer</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="132" />
            <source>e.g. Coffee is served at 10.30</source>
            <translation>t.ex. Kaffet serveras kl. 10.30</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="133" />
            <source>Show</source>
            <translation>Visa</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="134" />
            <source>Clear</source>
            <translation>Töm</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="135" />
            <source>The room</source>
            <translation>Rummet</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="136" />
            <source>Eyes on the projector</source>
            <translation>Blicken mot projektorn</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="138" />
            <source>Pauses editing on the teams' laptops and asks everyone to look at the projector.</source>
            <translation>Pausar redigeringen på teamens datorer och ber alla titta på projektorn.</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="139" />
            <source>Bring everyone here</source>
            <translation>Ta alla till den här vyn</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="140" />
            <source>Show the join code</source>
            <translation>Visa anslutningskoden</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="169" />
            <source>The room is closed.</source>
            <translation>Rummet är stängt.</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="171" />
            <source>The room is open. Laptops connected: %1.</source>
            <translation>Rummet är öppet. Anslutna datorer: %1.</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="176" />
            <source>Observer</source>
            <translation>Åskådare</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="178" />
            <source>Connected</source>
            <translation>Ansluten</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="178" />
            <source>Away</source>
            <translation>Borta</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="196" />
            <source>just now</source>
            <translation>just nu</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="198" />
            <source>%1 min ago</source>
            <translation>för %1 min sedan</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="199" />
            <source>%1 h ago</source>
            <translation>för %1 h sedan</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="228" />
            <source>Not started.</source>
            <translation>Inte startad.</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="230" />
            <location filename="../live/console.py" line="237" />
            <source>Start for everyone</source>
            <translation>Starta för alla</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="236" />
            <source>Pause for everyone</source>
            <translation>Pausa för alla</translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <location filename="../live/join_dialog.py" line="83" />
            <source>Join the room</source>
            <translation>Anslut till rummet</translation>
        </message>
        <message>
            <location filename="../live/join_dialog.py" line="84" />
            <source>&amp;Join code (shown on the projector):</source>
            <translation>&amp;Anslutningskod (visas på projektorn):</translation>
        </message>
        <message>
            <location filename="../live/join_dialog.py" line="85" />
            <source>Type or paste the code</source>
            <translation>Skriv eller klistra in koden</translation>
        </message>
        <message>
            <location filename="../live/join_dialog.py" line="86" />
            <source>&amp;Find the room</source>
            <translation>&amp;Hitta rummet</translation>
        </message>
        <message>
            <location filename="../live/join_dialog.py" line="87" />
            <source>&amp;Your team:</source>
            <translation>&amp;Ditt team:</translation>
        </message>
        <message>
            <location filename="../live/join_dialog.py" line="88" />
            <source>Join</source>
            <translation>Anslut</translation>
        </message>
        <message>
            <location filename="../live/join_dialog.py" line="125" />
            <source>Programme: %1</source>
            <translation>Program: %1</translation>
        </message>
        <message>
            <location filename="../live/join_dialog.py" line="138" />
            <source>Joining the room… the programme is copied to this laptop.</source>
            <translation>Ansluter till rummet… programmet kopieras till den här datorn.</translation>
        </message>
    </context>
    <context>
        <name>JoinScreen</name>
        <message>
            <location filename="../live/join_screen.py" line="130" />
            <source>Join the room — Jalostamo</source>
            <translation>Anslut till rummet — Jalostamo</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="131" />
            <source>Join the room</source>
            <translation>Anslut till rummet</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="133" />
            <source>On your laptop: Room → Join a room… (or Join a room… on the start screen), type or paste this code or scan the QR code, then choose your team.</source>
            <translation>På din dator: Rum → Anslut till ett rum… (eller Anslut till ett rum… på startskärmen), skriv eller klistra in koden eller skanna QR-koden och välj sedan ditt team.</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="135" />
            <source>New code</source>
            <translation>Ny kod</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="137" />
            <source>The old code stops working for new laptops; those already in the room stay.</source>
            <translation>Den gamla koden slutar fungera för nya datorer; de som redan är i rummet stannar.</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="138" />
            <source>Full screen</source>
            <translation>Helskärm</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="139" />
            <source>Laptops in the room</source>
            <translation>Datorer i rummet</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="140" />
            <source>Team</source>
            <translation>Team</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="140" />
            <source>Laptop</source>
            <translation>Bärbar dator</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="140" />
            <source>Screen</source>
            <translation>Vy</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="141" />
            <source>Remove from the room</source>
            <translation>Ta bort från rummet</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="143" />
            <source>Disconnects the laptop; it cannot join again with this room's codes.</source>
            <translation>Kopplar bort datorn; den kan inte längre ansluta med rummets koder.</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="171" />
            <source>The code has expired: press New code.</source>
            <translation>Koden har gått ut: tryck på Ny kod.</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="173" />
            <source>The code works until %1.</source>
            <translation>Koden fungerar till kl. %1.</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="176" />
            <source>The room is closed.</source>
            <translation>Rummet är stängt.</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="183" />
            <source>Observer</source>
            <translation>Åskådare</translation>
        </message>
    </context>
    <context>
        <name>LiveScreens</name>
        <message>
            <location filename="../live/screens.py" line="16" />
            <source>Programme overview</source>
            <extracomment>the screens the facilitator can bring everyone to, in the order of a workshop</extracomment>
            <translation>Programöversikt</translation>
        </message>
        <message>
            <location filename="../live/screens.py" line="17" />
            <source>Experiment card</source>
            <translation>Försökskort</translation>
        </message>
        <message>
            <location filename="../live/screens.py" line="18" />
            <source>Insights and questions</source>
            <translation>Insikter och frågor</translation>
        </message>
        <message>
            <location filename="../live/screens.py" line="19" />
            <source>Visual model</source>
            <translation>Visuell modell</translation>
        </message>
        <message>
            <location filename="../live/screens.py" line="20" />
            <source>Tests</source>
            <translation>Tester</translation>
        </message>
        <message>
            <location filename="../live/screens.py" line="21" />
            <source>Peer reviews</source>
            <translation>Kamratgranskningar</translation>
        </message>
        <message>
            <location filename="../live/screens.py" line="22" />
            <source>Indicators</source>
            <translation>Indikatorer</translation>
        </message>
    </context>
    <context>
        <name>LiveStart</name>
        <message>
            <location filename="../start_page.py" line="52" />
            <source>Join a room…</source>
            <translation>Anslut till ett rum…</translation>
        </message>
    </context>
    <context>
        <name>RoomBanner</name>
        <message>
            <location filename="../live/follower.py" line="53" />
            <source>Time left</source>
            <translation>Tid kvar</translation>
        </message>
    </context>
    <context>
        <name>RoomFollower</name>
        <message>
            <location filename="../live/follower.py" line="213" />
            <source>Room open · laptops: %1</source>
            <translation>Rummet öppet · datorer: %1</translation>
        </message>
        <message>
            <location filename="../live/follower.py" line="215" />
            <source>Offline — reconnecting…</source>
            <translation>Offline — ansluter igen…</translation>
        </message>
        <message>
            <location filename="../live/follower.py" line="216" />
            <source>Connecting to the room…</source>
            <translation>Ansluter till rummet…</translation>
        </message>
        <message>
            <location filename="../live/follower.py" line="218" />
            <source>Connected to the room</source>
            <translation>Ansluten till rummet</translation>
        </message>
        <message>
            <location filename="../live/follower.py" line="221" />
            <source>edits waiting: %1</source>
            <translation>väntande ändringar: %1</translation>
        </message>
    </context>
    <context>
        <name>RoomMenu</name>
        <message>
            <location filename="../live/menu.py" line="45" />
            <source>&amp;Start the room</source>
            <translation>&amp;Öppna rummet</translation>
        </message>
        <message>
            <location filename="../live/menu.py" line="46" />
            <source>Show the join &amp;code</source>
            <translation>Visa anslutnings&amp;koden</translation>
        </message>
        <message>
            <location filename="../live/menu.py" line="48" />
            <source>Facilitator's c&amp;onsole</source>
            <translation>Facilitatorns k&amp;onsol</translation>
        </message>
        <message>
            <location filename="../live/menu.py" line="50" />
            <source>C&amp;lose the room</source>
            <translation>S&amp;täng rummet</translation>
        </message>
        <message>
            <location filename="../live/menu.py" line="52" />
            <source>&amp;Join a room…</source>
            <translation>A&amp;nslut till ett rum…</translation>
        </message>
        <message>
            <location filename="../live/menu.py" line="53" />
            <source>&amp;Rejoin the last room</source>
            <translation>Anslut &amp;igen till det senaste rummet</translation>
        </message>
        <message>
            <location filename="../live/menu.py" line="54" />
            <source>&amp;Leave the room</source>
            <translation>&amp;Lämna rummet</translation>
        </message>
        <message>
            <location filename="../live/menu.py" line="83" />
            <source>Facilitator's console</source>
            <translation>Facilitatorns konsol</translation>
        </message>
        <message>
            <location filename="../live/menu.py" line="85" />
            <source>Start the room</source>
            <translation>Öppna rummet</translation>
        </message>
    </context>
</TS>