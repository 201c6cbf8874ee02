<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI" sourcelanguage="en">
<context>
    <name>Navigator</name>
    <message>
        <source>People</source>
        <translation>Ihmiset</translation>
    </message>
</context>
<context>
    <name>CardEditor</name>
    <message>
        <source>%1 (the team's theme)</source>
        <translation>%1 (tiimin teema)</translation>
    </message>
</context>
<context>
    <name>ExpertDialog</name>
    <message>
        <source>Expert</source>
        <translation>Asiantuntija</translation>
    </message>
    <message>
        <source>Invited expert of the programme</source>
        <translation>Ohjelman kutsuttu asiantuntija</translation>
    </message>
    <message>
        <source>Someone new</source>
        <translation>Uusi henkilö</translation>
    </message>
</context>
<context>
    <name>TeamsEditor</name>
    <message>
        <source>A team of several cities working on one shared experiment: e.g. Helsinki, Espoo, Vantaa</source>
        <translation>Usean kaupungin tiimi, jolla on yksi yhteinen kokeilu: esim. Helsinki, Espoo, Vantaa</translation>
    </message>
    <message>
        <source>Cities</source>
        <translation>Kaupungit</translation>
    </message>
    <message>
        <source>Name of the new team</source>
        <translation>Uuden tiimin nimi</translation>
    </message>
    <message>
        <source>Name, needed for a second team of a city</source>
        <translation>Nimi (tarvitaan saman kaupungin toiselle tiimille)</translation>
    </message>
    <message>
        <source>One city, or several separated by commas</source>
        <translation>Yksi kaupunki tai useampi pilkuin erotettuna</translation>
    </message>
    <message>
        <source>Shown as</source>
        <translation>Näkyy nimellä</translation>
    </message>
    <message>
        <source>Tells teams of one city apart, e.g. its theme</source>
        <translation>Erottaa saman kaupungin tiimit, esim. teema</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>The expert's name</source>
        <translation>Asiantuntijan nimi</translation>
    </message>
    <message>
        <source>Shown: %1 / %2</source>
        <translation>Näytetään %1 / %2</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it. Facilitators are added in the programme setup, team members on the city teams tab.</source>
        <translation>Muokkaa solua kaksoisnapsauttamalla. Fasilitaattorit lisätään ohjelman asetuksissa, tiimien jäsenet Kaupunkitiimit-välilehdellä.</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Edit %1: %2</source>
        <translation>Muokkaa %1: %2</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <source>Expertise</source>
        <translation>Asiantuntemus</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Fasilitaattori</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Fasilitaattorit</translation>
    </message>
    <message>
        <source>Filter by name, title, organisation or team</source>
        <translation>Suodata nimen, tehtävän, organisaation tai tiimin mukaan</translation>
    </message>
    <message>
        <source>Filter people</source>
        <translation>Suodata ihmisiä</translation>
    </message>
    <message>
        <source>Invite an expert to the programme</source>
        <translation>Kutsu asiantuntija ohjelmaan</translation>
    </message>
    <message>
        <source>Invite expert %1</source>
        <translation>Kutsu asiantuntija %1</translation>
    </message>
    <message>
        <source>Invite expert</source>
        <translation>Kutsu asiantuntija</translation>
    </message>
    <message>
        <source>Invited expert</source>
        <translation>Kutsuttu asiantuntija</translation>
    </message>
    <message>
        <source>Invited experts</source>
        <translation>Kutsutut asiantuntijat</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>No role</source>
        <translation>Ei roolia</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <source>People of the programme</source>
        <translation>Ohjelman ihmiset</translation>
    </message>
    <message>
        <source>Remove %1 from the invited experts</source>
        <translation>Poista %1 kutsutuista asiantuntijoista</translation>
    </message>
    <message>
        <source>Remove from the invited experts</source>
        <translation>Poista kutsutuista asiantuntijoista</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Arvioija</translation>
    </message>
    <message>
        <source>Reviewers</source>
        <translation>Arvioijat</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roolit</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Näytä</translation>
    </message>
    <message>
        <source>Team member</source>
        <translation>Tiimin jäsen</translation>
    </message>
    <message>
        <source>Team members</source>
        <translation>Tiimien jäsenet</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <source>e.g. Maria Virtanen</source>
        <translation>esim. Maria Virtanen</translation>
    </message>
    <message>
        <source>e.g. Senior specialist</source>
        <translation>esim. erityisasiantuntija</translation>
    </message>
    <message>
        <source>e.g. THL</source>
        <translation>esim. THL</translation>
    </message>
    <message>
        <source>e.g. participation of young people</source>
        <translation>esim. nuorten osallisuus</translation>
    </message>
    <message>
        <source>name@organisation.fi</source>
        <translation>nimi@organisaatio.fi</translation>
    </message>
</context>
</TS>
