<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI" sourcelanguage="en">
<context>
    <name>Navigator</name>
    <message>
        <source>People</source>
        <translation>Personer</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>%1 (the team's theme)</source>
        <translation>%1 (teamets tema)</translation>
    </message>
</context>
<context>
    <name>ExpertDialog</name>
    <message>
        <source>Expert</source>
        <translation>Expert</translation>
    </message>
    <message>
        <source>Invited expert of the programme</source>
        <translation>Inbjuden expert i programmet</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>En ny person</translation>
    </message>
</context>
<context>
    <name>TeamsEditor</name>
    <message>
        <source>A team of several cities working on one shared experiment: e.g. Helsinki, Espoo, Vantaa</source>
        <translation>Ett team av flera städer med ett gemensamt försök: t.ex. Helsingfors, Esbo, Vanda</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Städer</translation>
    </message>
    <message>
        <source>Name of the new team</source>
        <translation>Det nya teamets namn</translation>
    </message>
    <message>
        <source>Name, needed for a second team of a city</source>
        <translation>Namn (behövs för en stads andra team)</translation>
    </message>
    <message>
        <source>One city, or several separated by commas</source>
        <translation>En stad eller flera åtskilda med kommatecken</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Visas som</translation>
    </message>
    <message>
        <source>Tells teams of one city apart, e.g. its theme</source>
        <translation>Skiljer en stads team åt, t.ex. temat</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>The expert's name</source>
        <translation>Expertens namn</translation>
    </message>
    <message>
        <source>Shown: %1 / %2</source>
        <translation>Visas %1 / %2</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. Facilitators are added in the programme setup, team members on the city teams tab.</source>
        <translation>Dubbelklicka på en cell för att redigera den. Facilitatorer läggs till i programmets uppgifter, teammedlemmar på fliken Stadsteam.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Edit %1: %2</source>
        <translation>Redigera %1: %2</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alla</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Expertis</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Facilitator</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Facilitatorer</translation>
    </message>
    <message>
        <source>Filter by name, title, organisation or team</source>
        <translation>Filtrera efter namn, befattning, organisation eller team</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Filtrera personer</translation>
    </message>
    <message>
        <source>Invite an expert to the programme</source>
        <translation>Bjud in en expert till programmet</translation>
    </message>
    <message>
        <source>Invite expert %1</source>
        <translation>Bjud in experten %1</translation>
    </message>
    <message>
        <source>Invite expert</source>
        <translation>Bjud in expert</translation>
    </message>
    <message>
        <source>Invited expert</source>
        <translation>Inbjuden expert</translation>
    </message>
    <message>
        <source>Invited experts</source>
        <translation>Inbjudna experter</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Ingen roll</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>People of the programme</source>
        <translation>Programmets personer</translation>
    </message>
    <message>
        <source>Remove %1 from the invited experts</source>
        <translation>Ta bort %1 från de inbjudna experterna</translation>
    </message>
    <message>
        <source>Remove from the invited experts</source>
        <translation>Ta bort från de inbjudna experterna</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Granskare</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Granskare</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Visa</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Teammedlem</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Teammedlemmar</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Befattning</translation>
    </message>
    <message>
        <source>e.g. Maria Virtanen</source>
        <translation>t.ex. Maria Virtanen</translation>
    </message>
    <message>
        <source>e.g. Senior specialist</source>
        <translation>t.ex. specialsakkunnig</translation>
    </message>
    <message>
        <source>e.g. THL</source>
        <translation>t.ex. THL</translation>
    </message>
    <message>
        <source>e.g. participation of young people</source>
        <translation>t.ex. ungas delaktighet</translation>
    </message>
    <message>
        <source>name@organisation.fi</source>
        <translation>namn@organisation.fi</translation>
    </message>
</context>
</TS>
