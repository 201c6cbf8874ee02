<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi_FI">
    <context>
        <name>EyesOverlay</name>
        <message>
            <location filename="../live/follower.py" line="125" />
            <source>Eyes on the projector</source>
            <translation>Katse projektoriin</translation>
        </message>
        <message>
            <location filename="../live/follower.py" line="127" />
            <source>The facilitator has paused editing for a moment. Your work is safe; you can go on when the facilitator continues.</source>
            <translation>Fasilitaattori on keskeyttänyt muokkauksen hetkeksi. Työsi on tallessa; voit jatkaa, kun fasilitaattori jatkaa.</translation>
        </message>
    </context>
    <context>
        <name>FacilitatorConsole</name>
        <message>
            <location filename="../live/console.py" line="126" />
            <source>Facilitator's console — Jalostamo</source>
            <translation>Fasilitaattorin konsoli — Jalostamo</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="128" />
            <source>Team</source>
            <translation>Tiimi</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="128" />
            <source>Laptop</source>
            <translation>Kannettava</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="128" />
            <source>Screen</source>
            <translation>Näkymä</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="128" />
            <source>Phase</source>
            <translation>Vaihe</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="129" />
            <source>Last activity</source>
            <translation>Viimeksi aktiivinen</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="129" />
            <source>Connection</source>
            <translation>Yhteys</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="130" />
            <source>Timer for everyone</source>
            <translation>Ajastin kaikille</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="131" />
            <source>Announcement on every laptop</source>
            <translation>Tiedote kaikille kannettaville</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="132" />
            <source>e.g. Coffee is served at 10.30</source>
            <translation>esim. Kahvi tarjoillaan klo 10.30</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="133" />
            <source>Show</source>
            <translation>Näytä</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="134" />
            <source>Clear</source>
            <translation>Tyhjennä</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="135" />
            <source>The room</source>
            <translation>Huone</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="136" />
            <source>Eyes on the projector</source>
            <translation>Katse projektoriin</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="138" />
            <source>Pauses editing on the teams' laptops and asks everyone to look at the projector.</source>
            <translation>Keskeyttää muokkauksen tiimien kannettavilla ja pyytää kaikkia katsomaan projektoria.</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="139" />
            <source>Bring everyone here</source>
            <translation>Tuo kaikki tähän näkymään</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="140" />
            <source>Show the join code</source>
            <translation>Näytä liittymiskoodi</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="169" />
            <source>The room is closed.</source>
            <translation>Huone on suljettu.</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="171" />
            <source>The room is open. Laptops connected: %1.</source>
            <translation>Huone on auki. Kannettavia yhteydessä: %1.</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="176" />
            <source>Observer</source>
            <translation>Katsoja</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="178" />
            <source>Connected</source>
            <translation>Yhdistetty</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="178" />
            <source>Away</source>
            <translation>Poissa</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="196" />
            <source>just now</source>
            <translation>juuri nyt</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="198" />
            <source>%1 min ago</source>
            <translation>%1 min sitten</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="199" />
            <source>%1 h ago</source>
            <translation>%1 h sitten</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="228" />
            <source>Not started.</source>
            <translation>Ei käynnissä.</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="230" />
            <location filename="../live/console.py" line="237" />
            <source>Start for everyone</source>
            <translation>Käynnistä kaikille</translation>
        </message>
        <message>
            <location filename="../live/console.py" line="236" />
            <source>Pause for everyone</source>
            <translation>Tauota kaikille</translation>
        </message>
    </context>
    <context>
        <name>JoinDialog</name>
        <message>
            <location filename="../live/join_dialog.py" line="83" />
            <source>Join the room</source>
            <translation>Liity huoneeseen</translation>
        </message>
        <message>
            <location filename="../live/join_dialog.py" line="84" />
            <source>&amp;Join code (shown on the projector):</source>
            <translation>&amp;Liittymiskoodi (näkyy projektorilla):</translation>
        </message>
        <message>
            <location filename="../live/join_dialog.py" line="85" />
            <source>Type or paste the code</source>
            <translation>Kirjoita tai liitä koodi</translation>
        </message>
        <message>
            <location filename="../live/join_dialog.py" line="86" />
            <source>&amp;Find the room</source>
            <translation>&amp;Etsi huone</translation>
        </message>
        <message>
            <location filename="../live/join_dialog.py" line="87" />
            <source>&amp;Your team:</source>
            <translation>&amp;Tiimisi:</translation>
        </message>
        <message>
            <location filename="../live/join_dialog.py" line="88" />
            <source>Join</source>
            <translation>Liity</translation>
        </message>
        <message>
            <location filename="../live/join_dialog.py" line="125" />
            <source>Programme: %1</source>
            <translation>Ohjelma: %1</translation>
        </message>
        <message>
            <location filename="../live/join_dialog.py" line="138" />
            <source>Joining the room… the programme is copied to this laptop.</source>
            <translation>Liitytään huoneeseen… ohjelma kopioidaan tälle kannettavalle.</translation>
        </message>
    </context>
    <context>
        <name>JoinScreen</name>
        <message>
            <location filename="../live/join_screen.py" line="130" />
            <source>Join the room — Jalostamo</source>
            <translation>Liity huoneeseen — Jalostamo</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="131" />
            <source>Join the room</source>
            <translation>Liity huoneeseen</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="133" />
            <source>On your laptop: Room → Join a room… (or Join a room… on the start screen), type or paste this code or scan the QR code, then choose your team.</source>
            <translation>Omalla kannettavallasi: Huone → Liity huoneeseen… (tai aloitusnäkymän Liity huoneeseen…), kirjoita tai liitä tämä koodi tai lue QR-koodi ja valitse sitten tiimisi.</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="135" />
            <source>New code</source>
            <translation>Uusi koodi</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="137" />
            <source>The old code stops working for new laptops; those already in the room stay.</source>
            <translation>Vanha koodi lakkaa toimimasta uusille kannettaville; jo huoneessa olevat pysyvät.</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="138" />
            <source>Full screen</source>
            <translation>Koko näyttö</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="139" />
            <source>Laptops in the room</source>
            <translation>Kannettavat huoneessa</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="140" />
            <source>Team</source>
            <translation>Tiimi</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="140" />
            <source>Laptop</source>
            <translation>Kannettava</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="140" />
            <source>Screen</source>
            <translation>Näkymä</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="141" />
            <source>Remove from the room</source>
            <translation>Poista huoneesta</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="143" />
            <source>Disconnects the laptop; it cannot join again with this room's codes.</source>
            <translation>Katkaisee kannettavan yhteyden; se ei voi enää liittyä tämän huoneen koodeilla.</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="171" />
            <source>The code has expired: press New code.</source>
            <translation>Koodi on vanhentunut: paina Uusi koodi.</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="173" />
            <source>The code works until %1.</source>
            <translation>Koodi toimii klo %1 asti.</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="176" />
            <source>The room is closed.</source>
            <translation>Huone on suljettu.</translation>
        </message>
        <message>
            <location filename="../live/join_screen.py" line="183" />
            <source>Observer</source>
            <translation>Katsoja</translation>
        </message>
    </context>
    <context>
        <name>LiveScreens</name>
        <message>
            <location filename="../live/screens.py" line="16" />
            <source>Programme overview</source>
            <extracomment>the screens the facilitator can bring everyone to, in the order of a workshop</extracomment>
            <translation>Ohjelman yleiskuva</translation>
        </message>
        <message>
            <location filename="../live/screens.py" line="17" />
            <source>Experiment card</source>
            <translation>Kokeilukortti</translation>
        </message>
        <message>
            <location filename="../live/screens.py" line="18" />
            <source>Insights and questions</source>
            <translation>Oivallukset ja kysymykset</translation>
        </message>
        <message>
            <location filename="../live/screens.py" line="19" />
            <source>Visual model</source>
            <translation>Visuaalinen malli</translation>
        </message>
        <message>
            <location filename="../live/screens.py" line="20" />
            <source>Tests</source>
            <translation>Testit</translation>
        </message>
        <message>
            <location filename="../live/screens.py" line="21" />
            <source>Peer reviews</source>
            <translation>Vertaisarvioinnit</translation>
        </message>
        <message>
            <location filename="../live/screens.py" line="22" />
            <source>Indicators</source>
            <translation>Indikaattorit</translation>
        </message>
    </context>
    <context>
        <name>LiveStart</name>
        <message>
            <location filename="../start_page.py" line="52" />
            <source>Join a room…</source>
            <translation>Liity huoneeseen…</translation>
        </message>
    </context>
    <context>
        <name>RoomBanner</name>
        <message>
            <location filename="../live/follower.py" line="53" />
            <source>Time left</source>
            <translation>Aikaa jäljellä</translation>
        </message>
    </context>
    <context>
        <name>RoomFollower</name>
        <message>
            <location filename="../live/follower.py" line="213" />
            <source>Room open · laptops: %1</source>
            <translation>Huone auki · kannettavia: %1</translation>
        </message>
        <message>
            <location filename="../live/follower.py" line="215" />
            <source>Offline — reconnecting…</source>
            <translation>Ei yhteyttä — yhdistetään uudelleen…</translation>
        </message>
        <message>
            <location filename="../live/follower.py" line="216" />
            <source>Connecting to the room…</source>
            <translation>Yhdistetään huoneeseen…</translation>
        </message>
        <message>
            <location filename="../live/follower.py" line="218" />
            <source>Connected to the room</source>
            <translation>Yhteys huoneeseen</translation>
        </message>
        <message>
            <location filename="../live/follower.py" line="221" />
            <source>edits waiting: %1</source>
            <translation>odottavia muutoksia: %1</translation>
        </message>
    </context>
    <context>
        <name>RoomMenu</name>
        <message>
            <location filename="../live/menu.py" line="45" />
            <source>&amp;Start the room</source>
            <translation>&amp;Avaa huone</translation>
        </message>
        <message>
            <location filename="../live/menu.py" line="46" />
            <source>Show the join &amp;code</source>
            <translation>Näytä liittymis&amp;koodi</translation>
        </message>
        <message>
            <location filename="../live/menu.py" line="48" />
            <source>Facilitator's c&amp;onsole</source>
            <translation>Fasilitaattorin ko&amp;nsoli</translation>
        </message>
        <message>
            <location filename="../live/menu.py" line="50" />
            <source>C&amp;lose the room</source>
            <translation>S&amp;ulje huone</translation>
        </message>
        <message>
            <location filename="../live/menu.py" line="52" />
            <source>&amp;Join a room…</source>
            <translation>&amp;Liity huoneeseen…</translation>
        </message>
        <message>
            <location filename="../live/menu.py" line="53" />
            <source>&amp;Rejoin the last room</source>
            <translation>Liity uudelleen &amp;edelliseen huoneeseen</translation>
        </message>
        <message>
            <location filename="../live/menu.py" line="54" />
            <source>&amp;Leave the room</source>
            <translation>&amp;Poistu huoneesta</translation>
        </message>
        <message>
            <location filename="../live/menu.py" line="83" />
            <source>Facilitator's console</source>
            <translation>Fasilitaattorin konsoli</translation>
        </message>
        <message>
            <location filename="../live/menu.py" line="85" />
            <source>Start the room</source>
            <translation>Avaa huone</translation>
        </message>
    </context>
</TS>