<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ExternalLink</name>
    <message>
        <source>Open website?</source>
        <translation>Website openen?</translation>
    </message>
    <message>
        <source>This link leads to a website outside Heupwijzer:</source>
        <translation>Deze link gaat naar een website buiten Heupwijzer:</translation>
    </message>
    <message>
        <source>Do you want to open it in your web browser? That needs the internet.</source>
        <translation>Wil je die openen in je webbrowser? Daarvoor is internet nodig.</translation>
    </message>
    <message>
        <source>Open in browser</source>
        <translation>Openen in de browser</translation>
    </message>
    <message>
        <source>Stay in Heupwijzer</source>
        <translation>In Heupwijzer blijven</translation>
    </message>
</context>
<context>
    <name>HandoutDocument</name>
    <message>
        <source>The handout cannot be made: printing does not start.</source>
        <translation>Het oefenblad kan niet worden gemaakt: het afdrukken begint niet.</translation>
    </message>
    <message>
        <source>The handout cannot be made: no new page can be started.</source>
        <translation>Het oefenblad kan niet worden gemaakt: er kan geen nieuwe pagina worden begonnen.</translation>
    </message>
    <message>
        <source>The handout cannot be finished.</source>
        <translation>Het oefenblad kan niet worden afgemaakt.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Groin or front of the hip</source>
        <translation>Lies of voorkant van de heup</translation>
    </message>
    <message>
        <source>Side of the hip</source>
        <translation>Zijkant van de heup</translation>
    </message>
    <message>
        <source>Buttock</source>
        <translation>Bil</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Onderrug</translation>
    </message>
    <message>
        <source>Welcome to Heupwijzer</source>
        <translation>Welkom bij Heupwijzer</translation>
    </message>
    <message>
        <source>Clear information about pain in your hip, groin and buttock, in plain words.</source>
        <translation>Duidelijke uitleg over pijn in je heup, lies en bil. In gewone woorden.</translation>
    </message>
    <message>
        <source>Where does it hurt?</source>
        <translation>Waar heb je pijn?</translation>
    </message>
    <message>
        <source>Choose the place. You will see the chapters that fit.</source>
        <translation>Kies de plek. Je ziet dan de hoofdstukken die erbij passen.</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s)</source>
        <translation>
            <numerusform>%n hoofdstuk</numerusform>
            <numerusform>%n hoofdstukken</numerusform>
        </translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Onderwerpen</translation>
    </message>
    <message>
        <source>Texts checked on %1.</source>
        <translation>Teksten gecontroleerd op %1.</translation>
    </message>
    <message>
        <source>in: %1</source>
        <translation>in: %1</translation>
    </message>
    <message>
        <source>Pain: %1</source>
        <translation>Pijn: %1</translation>
    </message>
    <message>
        <source>There are no chapters about this place yet.</source>
        <translation>Over deze plek zijn nog geen hoofdstukken.</translation>
    </message>
    <message>
        <source>What could it be?</source>
        <translation>Wat kan het zijn?</translation>
    </message>
    <message>
        <source>Read more</source>
        <translation>Meer lezen</translation>
    </message>
    <message>
        <source>Back to the start page</source>
        <translation>Terug naar de startpagina</translation>
    </message>
</context>
<context>
    <name>heupwijzer::ui</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kan niet worden opgeslagen: %2</translation>
    </message>
</context>
<context>
    <name>heupwijzer::ui::AboutDialog</name>
    <message>
        <source>About Heupwijzer</source>
        <translation>Over Heupwijzer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <source>Offline information about hip and groin pain, in plain Dutch. Heupwijzer never uses the internet.</source>
        <translation>Informatie over pijn in heup en lies, in gewone woorden. Heupwijzer gebruikt nooit internet.</translation>
    </message>
    <message>
        <source>Content edition</source>
        <translation>Editie van de teksten</translation>
    </message>
    <message>
        <source>Texts checked on</source>
        <translation>Teksten gecontroleerd op</translation>
    </message>
    <message>
        <source>Content fingerprint (SHA-256)</source>
        <translation>Controlegetal van de teksten (SHA-256)</translation>
    </message>
    <message>
        <source>Libraries and their licences</source>
        <translation>Gebruikte bibliotheken en hun licenties</translation>
    </message>
    <message>
        <source>Qt is used under the LGPL v3: you may replace the Qt libraries with your own build.</source>
        <translation>Qt wordt gebruikt onder de LGPL v3: je mag de Qt-bibliotheken vervangen door een eigen versie.</translation>
    </message>
</context>
<context>
    <name>heupwijzer::ui::BreadcrumbBar</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Oefening: %1</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Hier ben je</translation>
    </message>
</context>
<context>
    <name>heupwijzer::ui::ChosenItemsModel</name>
    <message>
        <source>Chapter: %1</source>
        <translation>Hoofdstuk: %1</translation>
    </message>
    <message>
        <source>Section: %1</source>
        <translation>Paragraaf: %1</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Oefening: %1</translation>
    </message>
</context>
<context>
    <name>heupwijzer::ui::GlossaryHint</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>heupwijzer::ui::GlossaryPanel</name>
    <message>
        <source>Filter terms…</source>
        <translation>Zoek een begrip…</translation>
    </message>
    <message>
        <source>Filter the glossary</source>
        <translation>Begrippenlijst filteren</translation>
    </message>
    <message>
        <source>Terms A to Z</source>
        <translation>Begrippen van A tot Z</translation>
    </message>
    <message>
        <source>Meaning of the term</source>
        <translation>Betekenis van het begrip</translation>
    </message>
    <message>
        <source>Choose a term to see what it means.</source>
        <translation>Kies een begrip. Je ziet dan wat het betekent.</translation>
    </message>
    <message>
        <source>Also called:</source>
        <translation>Ook wel:</translation>
    </message>
    <message>
        <source>Medical words:</source>
        <translation>Medische woorden:</translation>
    </message>
    <message>
        <source>Used in:</source>
        <translation>Komt voor in:</translation>
    </message>
</context>
<context>
    <name>heupwijzer::ui::HandoutDialog</name>
    <message>
        <source>Make a handout</source>
        <translation>Oefenblad maken</translation>
    </message>
    <message>
        <source>Filter…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <source>Filter the chapters and exercises</source>
        <translation>Hoofdstukken en oefeningen filteren</translation>
    </message>
    <message>
        <source>Chapters and exercises to put on the handout</source>
        <translation>Hoofdstukken en oefeningen voor op het oefenblad</translation>
    </message>
    <message>
        <source>1. Tick what goes on the handout</source>
        <translation>1. Vink aan wat op het oefenblad komt</translation>
    </message>
    <message>
        <source>On the handout, in this order</source>
        <translation>Op het oefenblad, in deze volgorde</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Om&amp;hoog</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Om&amp;laag</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Weghalen</translation>
    </message>
    <message>
        <source>2. Put it in order (drag, or use the buttons)</source>
        <translation>2. Zet het in volgorde (slepen, of met de knoppen)</translation>
    </message>
    <message>
        <source>Note for the patient</source>
        <translation>Opmerking voor de patiënt</translation>
    </message>
    <message>
        <source>For example: do exercise 2 only 5 times a day for the first week.</source>
        <translation>Bijvoorbeeld: doe oefening 2 de eerste week maar 5 keer per dag.</translation>
    </message>
    <message>
        <source>3. Note for the patient (optional)</source>
        <translation>3. Opmerking voor de patiënt (mag leeg blijven)</translation>
    </message>
    <message>
        <source>Practice &amp;details…</source>
        <translation>&amp;Praktijkgegevens…</translation>
    </message>
    <message>
        <source>No practice details yet: the handout is printed without the practice name.</source>
        <translation>Nog geen praktijkgegevens: het oefenblad wordt zonder praktijknaam afgedrukt.</translation>
    </message>
    <message>
        <source>Printed with the details of %1.</source>
        <translation>Wordt afgedrukt met de gegevens van %1.</translation>
    </message>
    <message>
        <source>Print pre&amp;view…</source>
        <translation>Afdruk&amp;voorbeeld…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Afdrukken…</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>Op&amp;slaan als pdf…</translation>
    </message>
    <message>
        <source>Handout preview</source>
        <translation>Voorbeeld van het oefenblad</translation>
    </message>
    <message>
        <source>Print handout</source>
        <translation>Oefenblad afdrukken</translation>
    </message>
    <message>
        <source>Save handout as PDF</source>
        <translation>Oefenblad opslaan als pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pdf-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Handout</source>
        <translation>Oefenblad</translation>
    </message>
</context>
<context>
    <name>heupwijzer::ui::HandoutTreeModel</name>
    <message>
        <source>%1 (from %2)</source>
        <translation>%1 (uit %2)</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Oefeningen</translation>
    </message>
    <message>
        <source>On the handout with its whole chapter</source>
        <translation>Op het oefenblad met het hele hoofdstuk</translation>
    </message>
</context>
<context>
    <name>heupwijzer::ui::MainWindow</name>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Sneltoetsen</translation>
    </message>
    <message>
        <source>Heupwijzer</source>
        <translation>Heupwijzer</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <translation>&amp;Vooruit</translation>
    </message>
    <message>
        <source>&amp;Start page</source>
        <translation>&amp;Startpagina</translation>
    </message>
    <message>
        <source>&amp;Previous chapter</source>
        <translation>Vo&amp;rig hoofdstuk</translation>
    </message>
    <message>
        <source>&amp;Next chapter</source>
        <translation>V&amp;olgend hoofdstuk</translation>
    </message>
    <message>
        <source>&amp;About Heupwijzer</source>
        <translation>&amp;Over Heupwijzer</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>&amp;Groter</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>&amp;Kleiner</translation>
    </message>
    <message>
        <source>&amp;Normal size</source>
        <translation>&amp;Normale grootte</translation>
    </message>
    <message>
        <source>Like the &amp;system</source>
        <translation>Zoals het &amp;systeem</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Licht</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Donker</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>&amp;Hoog contrast</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Ga naar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>B&amp;eeld</translation>
    </message>
    <message>
        <source>&amp;Colours</source>
        <translation>&amp;Kleuren</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigatie</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhoud</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Begrippen</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Begrippen</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Zoeken</translation>
    </message>
    <message>
        <source>%1 – Heupwijzer</source>
        <translation>%1 – Heupwijzer</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Text size %1 %</source>
        <translation>Tekstgrootte %1 %</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorige</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Volgende</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <source>Exercise &amp;handout…</source>
        <translation>&amp;Oefenblad…</translation>
    </message>
    <message>
        <source>P&amp;ractice mode…</source>
        <translation>P&amp;raktijkmodus…</translation>
    </message>
    <message>
        <source>Turn on practice mode?

From the next start Heupwijzer fills the screen, saves nothing and forgets everything after a few minutes without use or when you press “Next patient”.</source>
        <translation>Praktijkmodus aanzetten?

Vanaf de volgende start vult Heupwijzer het scherm, bewaart niets en vergeet alles na een paar minuten zonder gebruik of als je op “Volgende patiënt” drukt.</translation>
    </message>
    <message>
        <source>Turn off practice mode?

From the next start Heupwijzer saves bookmarks and settings again.</source>
        <translation>Praktijkmodus uitzetten?

Vanaf de volgende start bewaart Heupwijzer bladwijzers en instellingen weer.</translation>
    </message>
    <message>
        <source>Practice mode</source>
        <translation>Praktijkmodus</translation>
    </message>
    <message>
        <source>Practice &amp;details…</source>
        <translation>&amp;Praktijkgegevens…</translation>
    </message>
    <message>
        <source>&amp;Bookmarks</source>
        <translation>&amp;Bladwijzers</translation>
    </message>
    <message>
        <source>&amp;Read aloud</source>
        <translation>&amp;Voorlezen</translation>
    </message>
    <message>
        <source>Practice</source>
        <translation>Praktijk</translation>
    </message>
    <message>
        <source>Next patient</source>
        <translation>Volgende patiënt</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
</context>
<context>
    <name>heupwijzer::ui::PracticeProfileDialog</name>
    <message>
        <source>Practice details</source>
        <translation>Praktijkgegevens</translation>
    </message>
    <message>
        <source>These details are printed at the top of every handout.</source>
        <translation>Deze gegevens staan bovenaan elk oefenblad.</translation>
    </message>
    <message>
        <source>For example: Fysiotherapie De Brug</source>
        <translation>Bijvoorbeeld: Fysiotherapie De Brug</translation>
    </message>
    <message>
        <source>For example: 030 123 45 67</source>
        <translation>Bijvoorbeeld: 030 123 45 67</translation>
    </message>
    <message>
        <source>For example: www.fysiodebrug.nl</source>
        <translation>Bijvoorbeeld: www.fysiodebrug.nl</translation>
    </message>
    <message>
        <source>Choose logo…</source>
        <translation>Logo kiezen…</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <source>Practice &amp;name:</source>
        <translation>&amp;Naam van de praktijk:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefoon:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Website:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Choose the practice logo</source>
        <translation>Kies het logo van de praktijk</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Afbeeldingen (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <source>This file cannot be read as an image: %1</source>
        <translation>Dit bestand is geen afbeelding die Heupwijzer kan lezen: %1</translation>
    </message>
</context>
<context>
    <name>heupwijzer::ui::ReadAloud</name>
    <message>
        <source>Read-aloud does not work: the speech service is missing. Ask someone to install the packages speech-dispatcher, speech-dispatcher-espeak-ng and qt6-speech-speechd-plugin.</source>
        <translation>Voorlezen werkt niet: de spraakdienst ontbreekt. Vraag iemand de pakketten speech-dispatcher, speech-dispatcher-espeak-ng en qt6-speech-speechd-plugin te installeren.</translation>
    </message>
    <message>
        <source>Read-aloud does not work: there is no Dutch voice. Ask someone to install the packages speech-dispatcher-espeak-ng and espeak-ng.</source>
        <translation>Voorlezen werkt niet: er is geen Nederlandse stem. Vraag iemand de pakketten speech-dispatcher-espeak-ng en espeak-ng te installeren.</translation>
    </message>
    <message>
        <source>There is no text to read aloud.</source>
        <translation>Er is geen tekst om voor te lezen.</translation>
    </message>
    <message>
        <source>Starting read-aloud…</source>
        <translation>Voorlezen begint…</translation>
    </message>
    <message>
        <source>Reading sentence %1 of %2.</source>
        <translation>Zin %1 van %2 wordt voorgelezen.</translation>
    </message>
    <message>
        <source>Finished reading.</source>
        <translation>Klaar met voorlezen.</translation>
    </message>
    <message>
        <source>Read-aloud stopped because of an error in the speech service.</source>
        <translation>Voorlezen is gestopt door een fout in de spraakdienst.</translation>
    </message>
    <message>
        <source>Read-aloud stopped: no sound is coming out. Check that the sound is on, then try again.</source>
        <translation>Voorlezen is gestopt: er komt geen geluid. Kijk of het geluid aan staat en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Paused. Press Continue to read on.</source>
        <translation>Gepauzeerd. Druk op Verder om verder te lezen.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Gestopt.</translation>
    </message>
</context>
<context>
    <name>heupwijzer::ui::ReadAloudBar</name>
    <message>
        <source>Read aloud</source>
        <translation>Voorlezen</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop reading aloud</source>
        <translation>Stoppen met voorlezen</translation>
    </message>
    <message>
        <source>Speed</source>
        <translation>Snelheid</translation>
    </message>
    <message>
        <source>Reading speed</source>
        <translation>Voorleessnelheid</translation>
    </message>
    <message>
        <source>Reading speed: slower to the left, faster to the right</source>
        <translation>Voorleessnelheid: naar links langzamer, naar rechts sneller</translation>
    </message>
    <message>
        <source>Read-aloud status</source>
        <translation>Status van het voorlezen</translation>
    </message>
    <message>
        <source>Read the chapter aloud from where you are, or the text you selected</source>
        <translation>Lees het hoofdstuk voor vanaf waar je bent, of de tekst die je hebt geselecteerd</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pauze</translation>
    </message>
    <message>
        <source>Pause reading aloud</source>
        <translation>Voorlezen pauzeren</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Verder</translation>
    </message>
    <message>
        <source>Continue reading aloud, from the start of the interrupted sentence</source>
        <translation>Verder voorlezen, vanaf het begin van de onderbroken zin</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 percent of the normal speed</source>
        <translation>%1 procent van de gewone snelheid</translation>
    </message>
</context>
<context>
    <name>heupwijzer::ui::ReaderView</name>
    <message>
        <source>This page is not available</source>
        <translation>Deze pagina bestaat niet</translation>
    </message>
    <message>
        <source>Go to the start page</source>
        <translation>Naar de startpagina</translation>
    </message>
    <message>
        <source>Reading pane</source>
        <translation>Leesvenster</translation>
    </message>
    <message>
        <source>The link %1 leads nowhere.</source>
        <translation>De link %1 leidt nergens heen.</translation>
    </message>
    <message>
        <source>Website, opens in your browser after you confirm:</source>
        <translation>Website. Opent in je browser nadat je dat bevestigt:</translation>
    </message>
    <message>
        <source>Chapter: %1</source>
        <translation>Hoofdstuk: %1</translation>
    </message>
    <message>
        <source>Exercise: %1</source>
        <translation>Oefening: %1</translation>
    </message>
</context>
<context>
    <name>heupwijzer::ui::Regions</name>
    <message>
        <source>Arrow keys choose a chapter, Enter opens it.</source>
        <translation>Met de pijltjestoetsen kies je een hoofdstuk, met Enter open je het.</translation>
    </message>
    <message>
        <source>The chapter text. Tab goes to the next link, Enter opens it.</source>
        <translation>De tekst van het hoofdstuk. Tab gaat naar de volgende link, Enter opent die.</translation>
    </message>
    <message>
        <source>Type a word and press Enter; the results appear beside the text.</source>
        <translation>Typ een woord en druk op Enter. De resultaten staan naast de tekst.</translation>
    </message>
    <message>
        <source>Where the open chapter is in the library.</source>
        <translation>Waar het open hoofdstuk staat in de inhoud.</translation>
    </message>
</context>
<context>
    <name>heupwijzer::ui::SearchPanel</name>
    <message>
        <source>Search, e.g. pain in the groin</source>
        <translation>Zoeken, bijv. pijn in de lies</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Zoeken</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Zoekresultaten</translation>
    </message>
    <message>
        <source>Type a word in the search field at the top.</source>
        <translation>Typ een woord in het zoekveld bovenaan.</translation>
    </message>
    <message>
        <source>Searching is not possible right now.</source>
        <translation>Zoeken lukt nu niet.</translation>
    </message>
    <message>
        <source>Did you mean</source>
        <translation>Bedoelde je</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Niets gevonden voor “%1”.</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Plek:</translation>
    </message>
    <message>
        <source>Place of the pain</source>
        <translation>Plek van de pijn</translation>
    </message>
    <message>
        <source>All places</source>
        <translation>Alle plekken</translation>
    </message>
    <message numerus="yes">
        <source>%n chapter(s) found</source>
        <translation>
            <numerusform>%n hoofdstuk gevonden</numerusform>
            <numerusform>%n hoofdstukken gevonden</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing found for “%1” at “%2”.</source>
        <translation>Niets gevonden voor “%1” bij “%2”.</translation>
    </message>
    <message>
        <source>Search all places</source>
        <translation>Zoek op alle plekken</translation>
    </message>
</context>
<context>
    <name>heupwijzer::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Sneltoetsen</translation>
    </message>
    <message>
        <source>Everything in Heupwijzer can be done with the keyboard. Tab moves to the next part of the window and to the next link in the text; Enter opens it.</source>
        <translation>Alles in Heupwijzer kan met het toetsenbord. Tab gaat naar het volgende deel van het venster en naar de volgende link in de tekst. Enter opent die.</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Wat</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Toetsen</translation>
    </message>
    <message>
        <source>or %1</source>
        <translation>of %1</translation>
    </message>
</context>
<context>
    <name>heupwijzer::ui::UserDataController</name>
    <message>
        <source>Bookmark</source>
        <translation>Bladwijzer</translation>
    </message>
    <message>
        <source>Bookmark “%1”.
A short note (you may leave it empty):</source>
        <translation>Bladwijzer bij “%1”.
Een korte notitie (mag leeg blijven):</translation>
    </message>
    <message>
        <source>&amp;Bookmark</source>
        <translation>&amp;Bladwijzer</translation>
    </message>
    <message>
        <source>&amp;Clear my data…</source>
        <translation>Mijn gegevens &amp;wissen…</translation>
    </message>
    <message>
        <source>No bookmarks yet</source>
        <translation>Nog geen bladwijzers</translation>
    </message>
    <message>
        <source>&amp;Remove a bookmark</source>
        <translation>Bladwijzer &amp;weghalen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Clear my data</source>
        <translation>Mijn gegevens wissen</translation>
    </message>
    <message>
        <source>Remove all your bookmarks, notes, reading positions and the list of chapters you read?
This cannot be undone.</source>
        <translation>Al je bladwijzers, notities, leesposities en de lijst met gelezen hoofdstukken wissen?
Dit kan niet ongedaan worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Offline information about hip and groin pain.</source>
        <translation>Informatie over pijn in heup en lies, zonder internet.</translation>
    </message>
    <message>
        <source>Read the texts from FILE instead of the built-in edition.</source>
        <translation>Lees de teksten uit BESTAND in plaats van de ingebouwde editie.</translation>
    </message>
    <message>
        <source>Print the time to the first paint of the start page and quit.</source>
        <translation>Toon de tijd tot de startpagina getekend is en stop.</translation>
    </message>
    <message>
        <source>Heupwijzer</source>
        <translation>Heupwijzer</translation>
    </message>
    <message>
        <source>%1

Heupwijzer uses its built-in texts instead.</source>
        <translation>%1

Heupwijzer gebruikt nu de ingebouwde teksten.</translation>
    </message>
    <message>
        <source>The texts of Heupwijzer cannot be read: %1</source>
        <translation>De teksten van Heupwijzer kunnen niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Practice mode: full screen, nothing is saved, and everything is forgotten for the next patient.</source>
        <translation>Praktijkmodus: volledig scherm, er wordt niets bewaard en alles wordt vergeten voor de volgende patiënt.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
</context>
</TS>
