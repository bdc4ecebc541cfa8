<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AdviceController</name>
    <message>
        <source>Nicht übernommen</source>
        <translation>Not applied</translation>
    </message>
    <message>
        <source>Vergleich</source>
        <translation>Comparison</translation>
    </message>
    <message>
        <source>Zum Vergleichen braucht es mindestens zwei Fahrzeuge.</source>
        <translation>A comparison needs at least two vehicles.</translation>
    </message>
</context>
<context>
    <name>AdvisorBar</name>
    <message>
        <source>Sicherheit oder Sportlichkeit</source>
        <translation>Safety or sportiness</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <source>Warum nicht …? Modell eingeben</source>
        <translation>Why not …? Enter a model</translation>
    </message>
    <message>
        <source>Warum nicht …?</source>
        <translation>Why not …?</translation>
    </message>
    <message>
        <source>Vergleichen…</source>
        <translation>Compare…</translation>
    </message>
    <message>
        <source>Sicherheit</source>
        <translation>Safety</translation>
    </message>
    <message>
        <source>Sportlichkeit</source>
        <translation>Sportiness</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <source>Vom Favoriten aus:</source>
        <translation>From the favourite:</translation>
    </message>
    <message>
        <source>Günstiger</source>
        <translation>Cheaper</translation>
    </message>
    <message>
        <source>Sportlicher</source>
        <translation>Sportier</translation>
    </message>
    <message>
        <source>Mehr Platz</source>
        <translation>More room</translation>
    </message>
    <message>
        <source>Sparsamer</source>
        <translation>More economical</translation>
    </message>
    <message>
        <source>Diesen Wunsch so anpassen</source>
        <translation>Adjust this wish accordingly</translation>
    </message>
</context>
<context>
    <name>AgendaPanel</name>
    <message>
        <source>Wiedervorlage</source>
        <translation>Follow-ups</translation>
    </message>
    <message>
        <source>Alle in den Kalender (.ics)…</source>
        <translation>All to calendar (.ics)…</translation>
    </message>
    <message>
        <source>Kundenkartei…</source>
        <translation>Customer file…</translation>
    </message>
    <message>
        <source>%1 überfällig · %2 heute · %3 demnächst</source>
        <translation>%1 overdue · %2 today · %3 coming up</translation>
    </message>
    <message>
        <source>Überfällig</source>
        <translation>Overdue</translation>
    </message>
    <message>
        <source>Heute</source>
        <translation>Today</translation>
    </message>
    <message>
        <source>Demnächst</source>
        <translation>Coming up</translation>
    </message>
    <message>
        <source>Vorschläge zur Kundenpflege</source>
        <translation>Suggested customer care</translation>
    </message>
    <message>
        <source>Nichts fällig – alle Zusagen sind erledigt.</source>
        <translation>Nothing due – every promise is kept.</translation>
    </message>
    <message>
        <source>ohne Namen</source>
        <translation>no name</translation>
    </message>
    <message>
        <source>%1× verschoben</source>
        <translation>moved %1×</translation>
    </message>
    <message>
        <source>Erledigt</source>
        <translation>Done</translation>
    </message>
    <message>
        <source>Verschieben…</source>
        <translation>Reschedule…</translation>
    </message>
    <message>
        <source>Kalender</source>
        <translation>Calendar</translation>
    </message>
    <message>
        <source>Diesen Termin als .ics-Datei speichern</source>
        <translation>Save this appointment as an .ics file</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Accept</translation>
    </message>
    <message>
        <source>Als Zusage übernehmen (Kanal: %1)</source>
        <translation>Accept as a promise (channel: %1)</translation>
    </message>
</context>
<context>
    <name>BatchDialog</name>
    <message>
        <source>Empfehlungsblätter eines Tages</source>
        <translation>Recommendation sheets of a day</translation>
    </message>
    <message>
        <source>Alle auswählen</source>
        <translation>Select all</translation>
    </message>
    <message>
        <source>Keine</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Alle speichern…</source>
        <translation>Save all…</translation>
    </message>
    <message>
        <source>Alle drucken…</source>
        <translation>Print all…</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Tag:</source>
        <translation>Day:</translation>
    </message>
    <message>
        <source>An diesem Tag wurden keine Gespräche geführt.</source>
        <translation>There were no conversations on this day.</translation>
    </message>
    <message>
        <source>1 Gespräch an diesem Tag</source>
        <translation>1 conversation on this day</translation>
    </message>
    <message>
        <source>%1 Gespräche an diesem Tag</source>
        <translation>%1 conversations on this day</translation>
    </message>
    <message>
        <source>Ohne Namen</source>
        <translation>No name</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>Ordner für die Empfehlungsblätter</source>
        <translation>Folder for the recommendation sheets</translation>
    </message>
    <message>
        <source>Speichern nicht möglich</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>In den Ordner „%1“ konnte nicht geschrieben werden: %2</source>
        <translation>Could not write to the folder “%1”: %2</translation>
    </message>
    <message>
        <source>1 Empfehlungsblatt gespeichert in „%1“.</source>
        <translation>1 recommendation sheet saved in “%1”.</translation>
    </message>
    <message>
        <source>%2 Empfehlungsblätter gespeichert in „%1“.</source>
        <translation>%2 recommendation sheets saved in “%1”.</translation>
    </message>
    <message>
        <source>Gespeichert</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Empfehlungsblätter</source>
        <translation>Recommendation sheets</translation>
    </message>
    <message>
        <source>Drucken nicht möglich</source>
        <translation>Could not print</translation>
    </message>
</context>
<context>
    <name>BooleanEditor</name>
    <message>
        <source>Ja</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>Nein</source>
        <translation>No</translation>
    </message>
</context>
<context>
    <name>CareActions</name>
    <message>
        <source>&amp;Kunden</source>
        <translation>&amp;Customers</translation>
    </message>
    <message>
        <source>&amp;Kundenkartei…</source>
        <translation>Customer &amp;file…</translation>
    </message>
    <message>
        <source>&amp;Auswertung…</source>
        <translation>&amp;Dashboard…</translation>
    </message>
    <message>
        <source>&amp;Verkäuferinnen und Verkäufer…</source>
        <translation>&amp;Salespeople…</translation>
    </message>
    <message>
        <source>Wiedervorlage als &amp;Kalender (.ics)…</source>
        <translation>Follow-ups as &amp;calendar (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Nachfrage nach … Monaten…</source>
        <translation>&amp;Check-in after … months…</translation>
    </message>
    <message>
        <source>Nicht möglich</source>
        <translation>Not possible</translation>
    </message>
    <message>
        <source>Als Kalenderdatei speichern</source>
        <translation>Save as calendar file</translation>
    </message>
    <message>
        <source>Kalender (*.ics)</source>
        <translation>Calendar (*.ics)</translation>
    </message>
    <message>
        <source>Speichern fehlgeschlagen</source>
        <translation>Saving failed</translation>
    </message>
    <message>
        <source>Die Datei %1 kann nicht geschrieben werden.</source>
        <translation>The file %1 cannot be written.</translation>
    </message>
    <message>
        <source>Diese Angaben passen zu einem Kunden, der schon bei uns war (seit %1, bisherige Gespräche: %2). Dieses Gespräch dort zuordnen?</source>
        <translation>These details match a customer who has been here before (since %1, conversations so far: %2). File this conversation there?</translation>
    </message>
    <message>
        <source>Bekannter Kunde</source>
        <translation>Known customer</translation>
    </message>
</context>
<context>
    <name>CareDialogs</name>
    <message>
        <source>Kundenpflege</source>
        <translation>Customer care</translation>
    </message>
    <message>
        <source>Nachfragen, ob alles passt – wie viele Monate nach dem letzten Kontakt? (0 = nie)</source>
        <translation>Ask how things are – how many months after the last contact? (0 = never)</translation>
    </message>
</context>
<context>
    <name>CatalogueActions</name>
    <message>
        <source>Katalog importieren</source>
        <translation>Import catalogue</translation>
    </message>
    <message>
        <source>… und %1 weitere.</source>
        <translation>… and %1 more.</translation>
    </message>
    <message>
        <source>Nichts importiert</source>
        <translation>Nothing imported</translation>
    </message>
    <message>
        <source>Die Datei enthält %1 Fehler. Es wurde nichts verändert.

</source>
        <translation>The file contains %1 errors. Nothing was changed.

</translation>
    </message>
    <message>
        <source>Katalog importiert</source>
        <translation>Catalogue imported</translation>
    </message>
    <message>
        <source>Kataloge (%1);;Alle Dateien (*)</source>
        <translation>Catalogues (%1);;All files (*)</translation>
    </message>
    <message>
        <source>Datei wird gelesen …</source>
        <translation>Reading the file …</translation>
    </message>
    <message>
        <source>Katalog wird geprüft …</source>
        <translation>Checking the catalogue …</translation>
    </message>
    <message>
        <source>Katalog wird importiert …</source>
        <translation>Importing the catalogue …</translation>
    </message>
    <message>
        <source>%1 Fahrzeuge importiert.</source>
        <translation>%1 vehicles imported.</translation>
    </message>
    <message>
        <source>Der Katalog wurde nicht verändert.</source>
        <translation>The catalogue was not changed.</translation>
    </message>
    <message>
        <source>Katalog exportieren</source>
        <translation>Export catalogue</translation>
    </message>
    <message>
        <source>CSV-Dateien (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>Export nicht möglich</source>
        <translation>Export not possible</translation>
    </message>
    <message>
        <source>Katalog exportiert</source>
        <translation>Catalogue exported</translation>
    </message>
    <message>
        <source>%1 Fahrzeuge nach „%2“ geschrieben.</source>
        <translation>%1 vehicles written to &quot;%2&quot;.</translation>
    </message>
</context>
<context>
    <name>CatalogueWindow</name>
    <message>
        <source>Fahrzeugkatalog</source>
        <translation>Vehicle catalogue</translation>
    </message>
    <message>
        <source>Fahrzeuge</source>
        <translation>Vehicles</translation>
    </message>
    <message>
        <source>Keine passenden Fahrzeuge</source>
        <translation>No matching vehicles</translation>
    </message>
    <message>
        <source>1 Fahrzeug</source>
        <translation>1 vehicle</translation>
    </message>
    <message>
        <source>%1 Fahrzeuge</source>
        <translation>%1 vehicles</translation>
    </message>
    <message>
        <source>%1 von %2 Fahrzeugen</source>
        <translation>%1 of %2 vehicles</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>Bitte wählen</source>
        <translation>Please choose</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Vergleich</source>
        <translation>Comparison</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Einverständnis zur Kontaktaufnahme</source>
        <translation>Consent to be contacted</translation>
    </message>
    <message>
        <source>%1, bitte lesen Sie die Texte und kreuzen Sie an, wie wir Sie kontaktieren dürfen.</source>
        <translation>%1, please read the texts and tick how we may contact you.</translation>
    </message>
    <message>
        <source>Einverständnis speichern</source>
        <translation>Save consent</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>Kontakt mit %1 erfassen</source>
        <translation>Record a contact with %1</translation>
    </message>
    <message>
        <source>Was:</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>Wann:</source>
        <translation>When:</translation>
    </message>
    <message>
        <source>Kanal:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Notiz:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
</context>
<context>
    <name>CustomerDetail</name>
    <message>
        <source>Wunschkunde</source>
        <translation>Preferred customer</translation>
    </message>
    <message>
        <source>Übergeben…</source>
        <translation>Hand over…</translation>
    </message>
    <message>
        <source>Beziehung:</source>
        <translation>Relationship:</translation>
    </message>
    <message>
        <source>Betreut von:</source>
        <translation>Looked after by:</translation>
    </message>
    <message>
        <source>Zusammenführen…</source>
        <translation>Merge…</translation>
    </message>
    <message>
        <source>Einverständnis zur Kontaktaufnahme</source>
        <translation>Consent to be contacted</translation>
    </message>
    <message>
        <source>Widerrufen</source>
        <translation>Withdraw</translation>
    </message>
    <message>
        <source>Einverständnis erfassen…</source>
        <translation>Record consent…</translation>
    </message>
    <message>
        <source>Verlauf</source>
        <translation>History</translation>
    </message>
    <message>
        <source>Wann</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Was</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Einzelheiten</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Zusage/Termin…</source>
        <translation>Promise/appointment…</translation>
    </message>
    <message>
        <source>Kontakt erfassen…</source>
        <translation>Record contact…</translation>
    </message>
    <message>
        <source>Kunden löschen…</source>
        <translation>Delete customer…</translation>
    </message>
    <message>
        <source>Daten exportieren…</source>
        <translation>Export data…</translation>
    </message>
    <message>
        <source>Alles, was zu dieser Person gespeichert ist: als PDF zum Lesen oder als JSON, maschinenlesbar (DSGVO Art. 15 und 20)</source>
        <translation>Everything stored about this person: as a PDF to read or as machine-readable JSON (GDPR Art. 15 and 20)</translation>
    </message>
    <message>
        <source>Geburtstag %1</source>
        <translation>Birthday %1</translation>
    </message>
    <message>
        <source>Kunde seit %1</source>
        <translation>Customer since %1</translation>
    </message>
    <message>
        <source>niemand</source>
        <translation>nobody</translation>
    </message>
    <message>
        <source>Möglicherweise doppelt: %1 (angelegt %2) – gleicher Name und gleiche Telefonnummer oder E-Mail.</source>
        <translation>Possible duplicate: %1 (created %2) – same name and same phone number or e-mail.</translation>
    </message>
    <message>
        <source>ja, seit %1</source>
        <translation>yes, since %1</translation>
    </message>
    <message>
        <source>widerrufen am %1</source>
        <translation>withdrawn on %1</translation>
    </message>
    <message>
        <source>nein – nicht kontaktieren</source>
        <translation>no – do not contact</translation>
    </message>
</context>
<context>
    <name>CustomerTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Beziehung</source>
        <translation>Relationship</translation>
    </message>
    <message>
        <source>Wunschkunde</source>
        <translation>Preferred</translation>
    </message>
    <message>
        <source>Betreut von</source>
        <translation>Looked after by</translation>
    </message>
</context>
<context>
    <name>CustomersWindow</name>
    <message>
        <source>Kundenkartei</source>
        <translation>Customer file</translation>
    </message>
    <message>
        <source>Suchen: Name, Telefon oder E-Mail</source>
        <translation>Search: name, phone or e-mail</translation>
    </message>
    <message>
        <source>Aufbewahrung prüfen…</source>
        <translation>Review retention…</translation>
    </message>
    <message>
        <source>Wählen Sie links einen Kunden.</source>
        <translation>Choose a customer on the left.</translation>
    </message>
    <message>
        <source>Kunden: %1</source>
        <translation>Customers: %1</translation>
    </message>
    <message>
        <source>Kunden übergeben</source>
        <translation>Hand over customer</translation>
    </message>
    <message>
        <source>Es gibt noch keine Kollegin und keinen Kollegen. Legen Sie sie unter Kunden → Verkäuferinnen und Verkäufer an.</source>
        <translation>There are no colleagues yet. Add them under Customers → Salespeople.</translation>
    </message>
    <message>
        <source>Einverständnis widerrufen</source>
        <translation>Withdraw consent</translation>
    </message>
    <message>
        <source>Den Widerruf jetzt mit Datum und Uhrzeit festhalten?</source>
        <translation>Record the withdrawal now with date and time?</translation>
    </message>
    <message>
        <source>Zusage nicht möglich</source>
        <translation>Promise not possible</translation>
    </message>
    <message>
        <source>Kontakt nicht möglich</source>
        <translation>Contact not possible</translation>
    </message>
    <message>
        <source>Zusammenführen</source>
        <translation>Merge</translation>
    </message>
    <message>
        <source>Beide Datensätze zu einem zusammenführen? Alle Gespräche, Zusagen, Kontakte und Einverständnisse bleiben erhalten.</source>
        <translation>Merge both records into one? Every conversation, promise, contact and consent is kept.</translation>
    </message>
    <message>
        <source>Daten exportieren</source>
        <translation>Export data</translation>
    </message>
    <message>
        <source>PDF zum Lesen (*.pdf);;JSON, maschinenlesbar (*.json)</source>
        <translation>PDF to read (*.pdf);;JSON, machine-readable (*.json)</translation>
    </message>
    <message>
        <source>Export nicht möglich</source>
        <translation>Export not possible</translation>
    </message>
    <message>
        <source>„%1“: Bitte wählen Sie einen Dateinamen mit der Endung .pdf (zum Lesen) oder .json (maschinenlesbar).</source>
        <translation>&quot;%1&quot;: please choose a file name ending in .pdf (to read) or .json (machine-readable).</translation>
    </message>
    <message>
        <source>Die Datei „%1“ konnte nicht geschrieben werden: %2</source>
        <translation>The file &quot;%1&quot; could not be written: %2</translation>
    </message>
    <message>
        <source>Daten exportiert</source>
        <translation>Data exported</translation>
    </message>
    <message>
        <source>Alle gespeicherten Daten von %1 stehen in „%2“.</source>
        <translation>All data stored about %1 is in &quot;%2&quot;.</translation>
    </message>
    <message>
        <source>diesem Kunden</source>
        <translation>this customer</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Auswertung</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>alle</source>
        <translation>all</translation>
    </message>
    <message>
        <source>Von:</source>
        <translation>From:</translation>
    </message>
    <message>
        <source>Bis:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Verkäufer/in:</source>
        <translation>Salesperson:</translation>
    </message>
    <message>
        <source>Filiale:</source>
        <translation>Branch:</translation>
    </message>
    <message>
        <source>Gespräche pro Woche</source>
        <translation>Conversations per week</translation>
    </message>
    <message>
        <source>Gespräche, die dazu führten</source>
        <translation>Conversations that led to</translation>
    </message>
    <message>
        <source>Zusagen pünktlich eingehalten</source>
        <translation>Promises kept on time</translation>
    </message>
    <message>
        <source>Häufigste Wünsche der Kunden</source>
        <translation>Needs customers named most</translation>
    </message>
    <message>
        <source>Gespräche im Zeitraum: %1</source>
        <translation>Conversations in the period: %1</translation>
    </message>
    <message>
        <source>Keine Gespräche im Zeitraum</source>
        <translation>No conversations in the period</translation>
    </message>
    <message>
        <source>%1 von %2</source>
        <translation>%1 of %2</translation>
    </message>
    <message>
        <source>Keine fälligen Zusagen im Zeitraum</source>
        <translation>No promises due in the period</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>TT.MM.JJJJ</source>
        <translation>DD.MM.YYYY</translation>
    </message>
    <message>
        <source>Datum als Tag.Monat.Jahr</source>
        <translation>Date as day.month.year</translation>
    </message>
    <message>
        <source>Bitte als Datum eingeben, zum Beispiel 12.04.1985.</source>
        <translation>Please enter a date, for example 12.04.1985.</translation>
    </message>
</context>
<context>
    <name>EncryptionDialog</name>
    <message>
        <source>Verschlüsselung der Datenbank</source>
        <translation>Database encryption</translation>
    </message>
    <message>
        <source>Verschlüsselt kann ohne Kennwort niemand die Gespräche und Kundendaten auf diesem Gerät lesen – auch nicht, wenn der Laptop gestohlen wird. Das Kennwort lässt sich nicht wiederherstellen: Bitte bewahren Sie es sicher auf.</source>
        <translation>When encrypted, nobody can read the conversations and customer data on this device without the passphrase – not even if the laptop is stolen. The passphrase cannot be recovered: please keep it safe.</translation>
    </message>
    <message>
        <source>Kennwort auf diesem Gerät merken (Schlüsselbund des Systems)</source>
        <translation>Remember the passphrase on this device (system keyring)</translation>
    </message>
    <message>
        <source>Auf diesem Gerät gibt es keinen Schlüsselbund.</source>
        <translation>This device has no keyring.</translation>
    </message>
    <message>
        <source>Kennwort wiederholen</source>
        <translation>Repeat passphrase</translation>
    </message>
    <message>
        <source>Kennwort</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Die Datenbank auf diesem Gerät ist verschlüsselt (SQLCipher, AES-256).</source>
        <translation>The database on this device is encrypted (SQLCipher, AES-256).</translation>
    </message>
    <message>
        <source>Die Datenbank auf diesem Gerät ist nicht verschlüsselt.</source>
        <translation>The database on this device is not encrypted.</translation>
    </message>
    <message>
        <source>Verschlüsselung ausschalten</source>
        <translation>Turn encryption off</translation>
    </message>
    <message>
        <source>Verschlüsselung einschalten</source>
        <translation>Turn encryption on</translation>
    </message>
    <message>
        <source>Die Datenbank ist nicht mehr verschlüsselt.</source>
        <translation>The database is no longer encrypted.</translation>
    </message>
    <message>
        <source>Die Datenbank ist jetzt verschlüsselt, auch ihre Sicherungskopien. Beim nächsten Start fragt die Anwendung nach dem Kennwort.</source>
        <translation>The database is now encrypted, and so are its backups. At the next start the app will ask for the passphrase.</translation>
    </message>
</context>
<context>
    <name>ErasureFlow</name>
    <message>
        <source>%1 und alle Gespräche, Zusagen, Kontakte und Einverständnisse endgültig löschen? Das ist nicht rückgängig zu machen.</source>
        <translation>Delete %1 and every conversation, promise, contact and consent for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>Kunden löschen</source>
        <translation>Delete customer</translation>
    </message>
    <message>
        <source>%1 Kunden (%2) mit allen Gesprächen, Zusagen, Kontakten und Einverständnissen endgültig löschen? Das ist nicht rückgängig zu machen.</source>
        <translation>Delete %1 customers (%2) with every conversation, promise, contact and consent for good? This cannot be undone.</translation>
    </message>
    <message>
        <source>Noch keinem Kunden zugeordnete Gespräche mit demselben Namen und derselben Telefonnummer oder E-Mail-Adresse: %1 (vom %2). Auch diese endgültig löschen?</source>
        <translation>Conversations not yet assigned to any customer, with the same name and the same phone number or e-mail address: %1 (from %2). Delete these permanently too?</translation>
    </message>
    <message>
        <source>Weitere Gespräche</source>
        <translation>Further conversations</translation>
    </message>
    <message>
        <source>Löschen nicht möglich</source>
        <translation>Deletion not possible</translation>
    </message>
</context>
<context>
    <name>ErrorGuard</name>
    <message>
        <source>Das hat leider nicht geklappt. Bitte versuchen Sie es noch einmal; die Einzelheiten stehen für Ihre IT in „%1“.</source>
        <translation>Sorry, that did not work. Please try again; the details for your IT are in “%1”.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Suchen nach Marke, Modell, Ausführung oder Nummer</source>
        <translation>Search by make, model, variant or number</translation>
    </message>
    <message>
        <source>Suche</source>
        <translation>Search</translation>
    </message>
    <message>
        <source>Alle Bauformen</source>
        <translation>All body types</translation>
    </message>
    <message>
        <source>Bauform</source>
        <translation>Body type</translation>
    </message>
    <message>
        <source>Alle Antriebe</source>
        <translation>All powertrains</translation>
    </message>
    <message>
        <source>Antrieb</source>
        <translation>Powertrain</translation>
    </message>
    <message>
        <source>Zustand</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>bis </source>
        <translation>up to </translation>
    </message>
    <message>
        <source>Preis beliebig</source>
        <translation>Any price</translation>
    </message>
    <message>
        <source>Höchstpreis</source>
        <translation>Maximum price</translation>
    </message>
    <message>
        <source>ab </source>
        <translation>at least </translation>
    </message>
    <message>
        <source> Sitze</source>
        <translation> seats</translation>
    </message>
    <message>
        <source>Sitze beliebig</source>
        <translation>Any seats</translation>
    </message>
    <message>
        <source>Mindestens Sitze</source>
        <translation>Minimum seats</translation>
    </message>
    <message>
        <source>Zurücksetzen</source>
        <translation>Reset</translation>
    </message>
    <message>
        <source>Suche und alle Filter zurücksetzen</source>
        <translation>Clear the search and all filters</translation>
    </message>
    <message>
        <source>Anzahl der Fahrzeuge</source>
        <translation>Number of vehicles</translation>
    </message>
    <message>
        <source>Neu und gebraucht</source>
        <translation>New and used</translation>
    </message>
    <message>
        <source>Nur Neuwagen</source>
        <translation>New only</translation>
    </message>
    <message>
        <source>Nur Gebrauchte</source>
        <translation>Used only</translation>
    </message>
</context>
<context>
    <name>HandOverDialog</name>
    <message>
        <source>Kunden übergeben</source>
        <translation>Hand over customer</translation>
    </message>
    <message>
        <source>z. B. Urlaubsvertretung</source>
        <translation>e.g. holiday cover</translation>
    </message>
    <message>
        <source>Alle Gespräche, Zusagen und Kontakte bleiben erhalten; offene Zusagen gehen an die Kollegin oder den Kollegen.</source>
        <translation>Every conversation, promise and contact is kept; open promises go to the colleague.</translation>
    </message>
    <message>
        <source>An:</source>
        <translation>To:</translation>
    </message>
    <message>
        <source>Notiz:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Übergeben</source>
        <translation>Hand over</translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Katalog importieren – Vorschau</source>
        <translation>Import catalogue – preview</translation>
    </message>
    <message>
        <source>Fotos</source>
        <translation>Photos</translation>
    </message>
    <message>
        <source>Ordner wählen…</source>
        <translation>Choose folder…</translation>
    </message>
    <message>
        <source>Fahrzeuge, deren Foto fehlt, ohne Foto importieren</source>
        <translation>Import vehicles whose photo is missing without a photo</translation>
    </message>
    <message>
        <source>Bisheriger Katalog</source>
        <translation>Current catalogue</translation>
    </message>
    <message>
        <source>Ergänzen – Fahrzeuge mit gleicher Kennung werden aktualisiert</source>
        <translation>Add – vehicles with the same ID are updated</translation>
    </message>
    <message>
        <source>Ersetzen – alle bisherigen Fahrzeuge werden entfernt</source>
        <translation>Replace – all current vehicles are removed</translation>
    </message>
    <message>
        <source>Importieren</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Spalten zuordnen…</source>
        <translation>Assign columns…</translation>
    </message>
    <message>
        <source>%1 Fahrzeuge werden importiert.</source>
        <translation>%1 vehicles will be imported.</translation>
    </message>
    <message>
        <source>Davon %1 mit Foto.</source>
        <translation>%1 of them with a photo.</translation>
    </message>
    <message>
        <source>%1 Fotos nicht gefunden – diese Fahrzeuge kommen ohne Foto.</source>
        <translation>%1 photos not found – these vehicles come without a photo.</translation>
    </message>
    <message>
        <source>Die Datei enthält %1 Fehler – so wird nichts importiert. Bitte die Datei korrigieren (oder die Spalten anders zuordnen) und erneut importieren.</source>
        <translation>The file has %1 errors – nothing will be imported like this. Please correct the file (or assign the columns differently) and import it again.</translation>
    </message>
    <message>
        <source>Fotos werden gesucht in: %1</source>
        <translation>Photos are looked for in: %1</translation>
    </message>
    <message>
        <source>Ordner mit den Fotos wählen</source>
        <translation>Choose the folder with the photos</translation>
    </message>
</context>
<context>
    <name>IntListEditor</name>
    <message>
        <source>Kind %1</source>
        <translation>Child %1</translation>
    </message>
</context>
<context>
    <name>InterviewView</name>
    <message>
        <source>← Zurück</source>
        <translation>← Back</translation>
    </message>
    <message>
        <source>Vorherige Seite (Alt+←)</source>
        <translation>Previous page (Alt+←)</translation>
    </message>
    <message>
        <source>Nächste Seite (Alt+→ oder Enter)</source>
        <translation>Next page (Alt+→ or Enter)</translation>
    </message>
    <message>
        <source>Jetzt erneut speichern</source>
        <translation>Save again now</translation>
    </message>
    <message>
        <source>Bitte geben Sie das noch an.</source>
        <translation>Please fill this in.</translation>
    </message>
    <message>
        <source>Schritt %1 von %2</source>
        <translation>Step %1 of %2</translation>
    </message>
    <message>
        <source>Zu den Empfehlungen →</source>
        <translation>To the recommendations →</translation>
    </message>
    <message>
        <source>Weiter →</source>
        <translation>Next →</translation>
    </message>
    <message>
        <source>← Startseite</source>
        <translation>← Start page</translation>
    </message>
</context>
<context>
    <name>IssueTableModel</name>
    <message>
        <source>Zeile</source>
        <translation>Line</translation>
    </message>
    <message>
        <source>Spalte</source>
        <translation>Column</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Blatt</source>
        <translation>Sheet</translation>
    </message>
    <message>
        <source>… und %1 weitere Fehler</source>
        <translation>… and %1 more errors</translation>
    </message>
    <message>
        <source>ganze Datei</source>
        <translation>whole file</translation>
    </message>
</context>
<context>
    <name>LongTextEditor</name>
    <message>
        <source>Hier ist Platz für höchstens %1 Zeichen.</source>
        <translation>There is room for at most %1 characters here.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Kundengespräch</source>
        <translation>Kundengespräch – Customer Conversation</translation>
    </message>
    <message>
        <source>Neues Gespräch nicht möglich</source>
        <translation>Cannot start a new conversation</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Noch nicht gespeichert</source>
        <translation>Not saved yet</translation>
    </message>
    <message>
        <source>%1 Antworten konnten noch nicht gespeichert werden. Sie bleiben auf diesem Gerät vorgemerkt und werden beim nächsten Start erneut gespeichert. Trotzdem schließen?</source>
        <translation>%1 answers could not be saved yet. They are kept on this device and saved at the next start. Close anyway?</translation>
    </message>
    <message>
        <source>Trotzdem schließen</source>
        <translation>Close anyway</translation>
    </message>
    <message>
        <source>Weiterarbeiten</source>
        <translation>Keep working</translation>
    </message>
    <message>
        <source>&amp;Gespräch</source>
        <translation>&amp;Conversation</translation>
    </message>
    <message>
        <source>&amp;Neues Gespräch</source>
        <translation>&amp;New conversation</translation>
    </message>
    <message>
        <source>&amp;Startseite</source>
        <translation>&amp;Start page</translation>
    </message>
    <message>
        <source>Als &amp;PDF speichern…</source>
        <translation>Save as &amp;PDF…</translation>
    </message>
    <message>
        <source>Druck&amp;vorschau…</source>
        <translation>Print pre&amp;view…</translation>
    </message>
    <message>
        <source>&amp;Drucken…</source>
        <translation>&amp;Print…</translation>
    </message>
    <message>
        <source>&amp;Schnelldruck</source>
        <translation>&amp;Quick print</translation>
    </message>
    <message>
        <source>Gesprächs&amp;protokoll (intern) speichern…</source>
        <translation>Save internal conversation &amp;record…</translation>
    </message>
    <message>
        <source>Blätter eines &amp;Tages…</source>
        <translation>Sheets of a &amp;day…</translation>
    </message>
    <message>
        <source>&amp;Beenden</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Katalog</source>
        <translation>&amp;Catalogue</translation>
    </message>
    <message>
        <source>Fahrzeuge &amp;ansehen…</source>
        <translation>&amp;Browse vehicles…</translation>
    </message>
    <message>
        <source>Katalog &amp;importieren…</source>
        <translation>&amp;Import catalogue…</translation>
    </message>
    <message>
        <source>Katalog &amp;exportieren…</source>
        <translation>&amp;Export catalogue…</translation>
    </message>
    <message>
        <source>&amp;Extras</source>
        <translation>&amp;Tools</translation>
    </message>
    <message>
        <source>&amp;Einstellungen…</source>
        <translation>&amp;Settings…</translation>
    </message>
    <message>
        <source>&amp;Verschlüsselung…</source>
        <translation>&amp;Encryption…</translation>
    </message>
</context>
<context>
    <name>MappingDialog</name>
    <message>
        <source>Spalten zuordnen – %1</source>
        <translation>Assign columns – %1</translation>
    </message>
    <message>
        <source>Die Spalten der Datei „%1“ heißen anders als im Katalog. Bitte prüfen, welche Angabe jede Spalte enthält. Die Zuordnung wird für Dateien dieses Namens gemerkt.</source>
        <translation>The columns of the file “%1” are named differently from the catalogue. Please check what each column holds. The assignment is remembered for files of this name.</translation>
    </message>
    <message>
        <source>Spalte in der Datei</source>
        <translation>Column in the file</translation>
    </message>
    <message>
        <source>wird übernommen als</source>
        <translation>is imported as</translation>
    </message>
    <message>
        <source>gemerkt</source>
        <translation>remembered</translation>
    </message>
    <message>
        <source>gleicher Name</source>
        <translation>same name</translation>
    </message>
    <message>
        <source>bekannter Name</source>
        <translation>known name</translation>
    </message>
    <message>
        <source>ähnlicher Name – bitte prüfen</source>
        <translation>similar name – please check</translation>
    </message>
    <message>
        <source>(ohne Überschrift)</source>
        <translation>(no heading)</translation>
    </message>
    <message>
        <source>Übernehmen</source>
        <translation>Apply</translation>
    </message>
    <message>
        <source>Kennung</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Marke</source>
        <translation>Make</translation>
    </message>
    <message>
        <source>Modell</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>Variante / Ausstattung</source>
        <translation>Variant / trim</translation>
    </message>
    <message>
        <source>Karosserie</source>
        <translation>Body type</translation>
    </message>
    <message>
        <source>Zustand (neu/gebraucht)</source>
        <translation>Condition (new/used)</translation>
    </message>
    <message>
        <source>Erstzulassung (Jahr)</source>
        <translation>First registration (year)</translation>
    </message>
    <message>
        <source>Kilometerstand</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <source>Preis (EUR)</source>
        <translation>Price (EUR)</translation>
    </message>
    <message>
        <source>Sitzplätze</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Isofix-Plätze</source>
        <translation>Isofix seats</translation>
    </message>
    <message>
        <source>Kofferraum (l)</source>
        <translation>Boot (l)</translation>
    </message>
    <message>
        <source>Kofferraum maximal (l)</source>
        <translation>Boot maximum (l)</translation>
    </message>
    <message>
        <source>Anhängelast (kg)</source>
        <translation>Towing capacity (kg)</translation>
    </message>
    <message>
        <source>Anhängerkupplung</source>
        <translation>Tow bar</translation>
    </message>
    <message>
        <source>Dachreling</source>
        <translation>Roof rails</translation>
    </message>
    <message>
        <source>Antrieb / Kraftstoff</source>
        <translation>Powertrain / fuel</translation>
    </message>
    <message>
        <source>Verbrauch (l/100 km)</source>
        <translation>Consumption (l/100 km)</translation>
    </message>
    <message>
        <source>Stromverbrauch (kWh/100 km)</source>
        <translation>Power consumption (kWh/100 km)</translation>
    </message>
    <message>
        <source>Reichweite (km)</source>
        <translation>Range (km)</translation>
    </message>
    <message>
        <source>CO₂ (g/km)</source>
        <translation>CO₂ (g/km)</translation>
    </message>
    <message>
        <source>Leistung (kW)</source>
        <translation>Power (kW)</translation>
    </message>
    <message>
        <source>0–100 km/h (s)</source>
        <translation>0–100 km/h (s)</translation>
    </message>
    <message>
        <source>Höchstgeschwindigkeit (km/h)</source>
        <translation>Top speed (km/h)</translation>
    </message>
    <message>
        <source>Allrad</source>
        <translation>All-wheel drive</translation>
    </message>
    <message>
        <source>Euro NCAP (Sterne)</source>
        <translation>Euro NCAP (stars)</translation>
    </message>
    <message>
        <source>Assistenzsysteme</source>
        <translation>Driver assistance</translation>
    </message>
    <message>
        <source>Länge (mm)</source>
        <translation>Length (mm)</translation>
    </message>
    <message>
        <source>Foto (Dateiname)</source>
        <translation>Photo (file name)</translation>
    </message>
    <message>
        <source>Bemerkungen</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>als Zusatzspalte behalten</source>
        <translation>keep as extra column</translation>
    </message>
    <message>
        <source>nicht übernehmen</source>
        <translation>do not import</translation>
    </message>
    <message>
        <source>„%1“ ist mehreren Spalten zugeordnet.</source>
        <translation>“%1” is assigned to more than one column.</translation>
    </message>
    <message>
        <source>Es fehlt noch: %1 (Pflichtangaben, mit * markiert).</source>
        <translation>Still missing: %1 (required, marked with *).</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Das Empfehlungsblatt konnte nicht für den Druck geladen werden.</source>
        <translation>The recommendation sheet could not be loaded for printing.</translation>
    </message>
    <message>
        <source>Der Drucker „%1“ ist nicht bereit.</source>
        <translation>The printer “%1” is not ready.</translation>
    </message>
    <message>
        <source>Druckvorschau</source>
        <translation>Print preview</translation>
    </message>
</context>
<context>
    <name>PromiseDialog</name>
    <message>
        <source>Zusage oder Termin für %1</source>
        <translation>Promise or appointment for %1</translation>
    </message>
    <message>
        <source>z. B. Angebot für den Kombi mit Anhängerkupplung</source>
        <translation>e.g. offer for the estate with tow bar</translation>
    </message>
    <message>
        <source>Angebot beifügen</source>
        <translation>Attach an offer</translation>
    </message>
    <message>
        <source>Was:</source>
        <translation>What:</translation>
    </message>
    <message>
        <source>Fällig:</source>
        <translation>Due:</translation>
    </message>
    <message>
        <source>Kanal:</source>
        <translation>Channel:</translation>
    </message>
    <message>
        <source>Notiz:</source>
        <translation>Note:</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Ein Geburtstagsgruß bleibt ein Gruß – ohne Angebot.</source>
        <translation>A birthday greeting stays a greeting – no offer.</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <source>Empfehlungsblatt drucken</source>
        <translation>Print recommendation sheet</translation>
    </message>
</context>
<context>
    <name>QuestionEditor</name>
    <message>
        <source>Hinweis</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>QuestionRow</name>
    <message>
        <source>Pflichtangabe</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Noch nicht gespeichert – wird erneut versucht</source>
        <translation>Not saved yet – trying again</translation>
    </message>
</context>
<context>
    <name>RatingEditor</name>
    <message>
        <source>unwichtig</source>
        <translation>not important</translation>
    </message>
    <message>
        <source>sehr wichtig</source>
        <translation>very important</translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <source>Passt zu Ihnen: %p %</source>
        <translation>Your match: %p %</translation>
    </message>
    <message>
        <source>Passt zu Ihnen</source>
        <translation>Your match</translation>
    </message>
</context>
<context>
    <name>RecommendationsPanel</name>
    <message>
        <source>Passt bisher am besten</source>
        <translation>Best fits so far</translation>
    </message>
    <message>
        <source>Der Fahrzeugkatalog wird geladen …</source>
        <translation>Loading the vehicle catalogue …</translation>
    </message>
    <message>
        <source>1 Fahrzeug passt zu Ihren Angaben.</source>
        <translation>1 vehicle fits your answers.</translation>
    </message>
    <message>
        <source>%1 Fahrzeuge passen zu Ihren Angaben.</source>
        <translation>%1 vehicles fit your answers.</translation>
    </message>
    <message>
        <source>Noch passt kein Fahrzeug zu allen Angaben – wir finden gemeinsam eine Lösung.</source>
        <translation>No vehicle fits all your answers yet – we will find a solution together.</translation>
    </message>
</context>
<context>
    <name>RescheduleDialog</name>
    <message>
        <source>Zusage verschieben</source>
        <translation>Reschedule promise</translation>
    </message>
    <message>
        <source>bisher fällig: %1</source>
        <translation>due so far: %1</translation>
    </message>
    <message>
        <source>Wurde der Kunde vorher über die Verschiebung informiert?</source>
        <translation>Was the customer told about the change beforehand?</translation>
    </message>
    <message>
        <source>Ja, der Kunde weiß Bescheid</source>
        <translation>Yes, the customer knows</translation>
    </message>
    <message>
        <source>Nein, noch nicht informiert</source>
        <translation>No, not told yet</translation>
    </message>
    <message>
        <source>z. B. Fahrzeug noch nicht da</source>
        <translation>e.g. vehicle not here yet</translation>
    </message>
    <message>
        <source>Verschieben</source>
        <translation>Reschedule</translation>
    </message>
    <message>
        <source>Neuer Termin:</source>
        <translation>New time:</translation>
    </message>
    <message>
        <source>Notiz:</source>
        <translation>Note:</translation>
    </message>
</context>
<context>
    <name>ResultView</name>
    <message>
        <source>Unsere Empfehlungen für Sie</source>
        <translation>Our recommendations for you</translation>
    </message>
    <message>
        <source>z. B. Probefahrt mit dem Kombi vereinbaren</source>
        <translation>e.g. arrange a test drive with the estate</translation>
    </message>
    <message>
        <source>bis</source>
        <translation>by</translation>
    </message>
    <message>
        <source>Ihr nächster Schritt:</source>
        <translation>Your next step:</translation>
    </message>
    <message>
        <source>Termin:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <source>← Alle Empfehlungen</source>
        <translation>← All recommendations</translation>
    </message>
    <message>
        <source>← Zurück zum Gespräch</source>
        <translation>← Back to the conversation</translation>
    </message>
    <message>
        <source>Als PDF speichern…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <source>Drucken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <source>Vorschau…</source>
        <translation>Preview…</translation>
    </message>
    <message>
        <source>Schnelldruck</source>
        <translation>Quick print</translation>
    </message>
    <message>
        <source>Sofort auf dem Standarddrucker drucken</source>
        <translation>Print at once on the default printer</translation>
    </message>
    <message>
        <source>Gespräch abschließen</source>
        <translation>Finish conversation</translation>
    </message>
    <message>
        <source>Kein Fahrzeug unseres Bestands erfüllt alle Ihre Wünsche. Wir melden uns mit Vorschlägen bei Ihnen.</source>
        <translation>No vehicle in our stock meets all your wishes. We will get back to you with suggestions.</translation>
    </message>
    <message>
        <source>Aus %1 Fahrzeugen passen %2 zu Ihren Wünschen – hier die besten drei.</source>
        <translation>Of %1 vehicles, %2 fit your wishes – here are the best three.</translation>
    </message>
    <message>
        <source>Unter den passenden Fahrzeugen ist keines %1 als der %2.</source>
        <translation>None of the fitting vehicles is %1 than the %2.</translation>
    </message>
    <message>
        <source>%1 als der %2: %3 passende Fahrzeuge.</source>
        <translation>%1 than the %2: %3 fitting vehicles.</translation>
    </message>
</context>
<context>
    <name>RetentionDialog</name>
    <message>
        <source>Aufbewahrung prüfen</source>
        <translation>Review retention</translation>
    </message>
    <message>
        <source>Kunde</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Letzte Aktivität</source>
        <translation>Last activity</translation>
    </message>
    <message>
        <source>Kunde seit</source>
        <translation>Customer since</translation>
    </message>
    <message>
        <source>Ausgewählte löschen…</source>
        <translation>Delete selected…</translation>
    </message>
    <message>
        <source>Schließen</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Seit mehr als %1 Jahren ohne Kontakt (kein Gespräch, kein Kontakt, keine Zusage, keine Änderung von Einverständnis oder Beziehung): %2 Kunden. Prüfen Sie, ob die Daten noch gebraucht werden, und löschen Sie die übrigen. Den Zeitraum stellen Sie unter Einstellungen ein.</source>
        <translation>Without contact for more than %1 years (no conversation, contact, promise or change of consent or relationship): %2 customers. Check whether their data is still needed and delete the rest. The period is set under Settings.</translation>
    </message>
    <message>
        <source>(ohne Namen)</source>
        <translation>(no name)</translation>
    </message>
</context>
<context>
    <name>SalespeopleDialog</name>
    <message>
        <source>Verkäuferinnen und Verkäufer</source>
        <translation>Salespeople</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Telefon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <source>E-Mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Filiale</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>im Haus tätig</source>
        <translation>works here</translation>
    </message>
    <message>
        <source>Speichern</source>
        <translation>Save</translation>
    </message>
    <message>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <source> (ausgeschieden)</source>
        <translation> (left)</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Einstellungen</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Autohaus</source>
        <translation>Dealership</translation>
    </message>
    <message>
        <source>Telefon Autohaus</source>
        <translation>Dealership phone</translation>
    </message>
    <message>
        <source>E-Mail Autohaus</source>
        <translation>Dealership e-mail</translation>
    </message>
    <message>
        <source>Internetseite</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Filiale</source>
        <translation>Branch</translation>
    </message>
    <message>
        <source>Hausfarbe (#RRGGBB)</source>
        <translation>House colour (#RRGGBB)</translation>
    </message>
    <message>
        <source>Ihr Name (Verkäufer/in)</source>
        <translation>Your name (salesperson)</translation>
    </message>
    <message>
        <source>Ihre Durchwahl</source>
        <translation>Your direct line</translation>
    </message>
    <message>
        <source>Ihre E-Mail</source>
        <translation>Your e-mail</translation>
    </message>
    <message>
        <source>Anschrift</source>
        <translation>Address</translation>
    </message>
    <message>
        <source>Auswählen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <source>Logo (PNG/JPG)</source>
        <translation>Logo (PNG/JPG)</translation>
    </message>
    <message>
        <source>Kunden, mit denen es so lange keinen Kontakt gab, schlägt die Kundenkartei unter „Aufbewahrung prüfen…“ zur Prüfung und Löschung vor.</source>
        <translation>Customers without contact for this long are proposed for review and deletion in the customer file under &quot;Review retention…&quot;.</translation>
    </message>
    <message>
        <source>Kunden ohne Kontakt seit so vielen Jahren zur Prüfung vorschlagen</source>
        <translation>Propose customers without contact for this many years for review</translation>
    </message>
    <message>
        <source>Aufbewahrung (Jahre)</source>
        <translation>Retention (years)</translation>
    </message>
    <message>
        <source>Logo wählen</source>
        <translation>Choose logo</translation>
    </message>
    <message>
        <source>Bilder (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>SheetActions</name>
    <message>
        <source>Empfehlungsblatt speichern</source>
        <translation>Save recommendation sheet</translation>
    </message>
    <message>
        <source>PDF-Dokument (*.pdf)</source>
        <translation>PDF document (*.pdf)</translation>
    </message>
    <message>
        <source>Speichern nicht möglich</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <source>Die Datei „%1“ konnte nicht geschrieben werden: %2</source>
        <translation>The file &quot;%1&quot; could not be written: %2</translation>
    </message>
    <message>
        <source>Kein Drucker eingerichtet</source>
        <translation>No printer set up</translation>
    </message>
    <message>
        <source>Auf diesem Rechner ist kein Standarddrucker eingerichtet. Bitte richten Sie einen Drucker ein oder wählen Sie „Drucken…“, um einen Drucker auszuwählen.</source>
        <translation>No default printer is set up on this computer. Please set up a printer, or choose “Print…” to pick a printer.</translation>
    </message>
    <message>
        <source>Drucken nicht möglich</source>
        <translation>Could not print</translation>
    </message>
    <message>
        <source>Vorschau des Empfehlungsblatts</source>
        <translation>Preview of the recommendation sheet</translation>
    </message>
    <message>
        <source>Vorschau nicht möglich</source>
        <translation>Cannot show the preview</translation>
    </message>
    <message>
        <source>Gesprächsprotokoll (intern) speichern</source>
        <translation>Save conversation record (internal)</translation>
    </message>
</context>
<context>
    <name>SizeListEditor</name>
    <message>
        <source>Hund %1</source>
        <translation>Dog %1</translation>
    </message>
    <message>
        <source>Bitte wählen</source>
        <translation>Please choose</translation>
    </message>
</context>
<context>
    <name>StartView</name>
    <message>
        <source>Willkommen zum Beratungsgespräch</source>
        <translation>Welcome to your consultation</translation>
    </message>
    <message>
        <source>Wir fragen zuerst, was Sie brauchen – dann zeigen wir Ihnen ehrlich, welche Fahrzeuge dazu passen.</source>
        <translation>First we ask what you need – then we show you honestly which vehicles fit.</translation>
    </message>
    <message>
        <source>Neues Gespräch</source>
        <translation>New conversation</translation>
    </message>
    <message>
        <source>Letzte und offene Gespräche</source>
        <translation>Recent and open conversations</translation>
    </message>
    <message>
        <source>Gespräch fortsetzen</source>
        <translation>Continue conversation</translation>
    </message>
    <message>
        <source>Ohne Namen</source>
        <translation>No name</translation>
    </message>
    <message>
        <source>offen</source>
        <translation>open</translation>
    </message>
    <message>
        <source>abgeschlossen</source>
        <translation>finished</translation>
    </message>
    <message>
        <source>Noch keine Gespräche – beginnen Sie mit „Neues Gespräch“.</source>
        <translation>No conversations yet – start with “New conversation”.</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <source>Die Gespräche und Kundendaten auf diesem Gerät sind verschlüsselt. Bitte geben Sie das Kennwort ein.</source>
        <translation>The conversations and customer data on this device are encrypted. Please enter the passphrase.</translation>
    </message>
    <message>
        <source>Kundengespräch – Datenbank entsperren</source>
        <translation>Kundengespräch – unlock the database</translation>
    </message>
    <message>
        <source>Kennwort</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Öffnen</source>
        <translation>Open</translation>
    </message>
    <message>
        <source>Beenden</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>VehicleDetail</name>
    <message>
        <source>Wählen Sie ein Fahrzeug aus der Liste.</source>
        <translation>Choose a vehicle from the list.</translation>
    </message>
    <message>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>nein</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Neuwagen</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Gebrauchtwagen</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>vorhanden</source>
        <translation>fitted</translation>
    </message>
    <message>
        <source>nicht möglich</source>
        <translation>not possible</translation>
    </message>
    <message>
        <source>als Option</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>%1 kW (%2 PS)</source>
        <translation>%1 kW (%2 hp)</translation>
    </message>
    <message>
        <source>1 von 5 Sternen</source>
        <translation>1 of 5 stars</translation>
    </message>
    <message>
        <source>%1 von 5 Sternen</source>
        <translation>%1 of 5 stars</translation>
    </message>
    <message>
        <source>keine</source>
        <translation>none</translation>
    </message>
    <message>
        <source>Fahrzeugnummer</source>
        <translation>Vehicle number</translation>
    </message>
    <message>
        <source>Kofferraum maximal</source>
        <translation>Boot, maximum</translation>
    </message>
    <message>
        <source>Anhängerkupplung</source>
        <translation>Tow bar</translation>
    </message>
    <message>
        <source>CO₂-Ausstoß</source>
        <translation>CO₂ emissions</translation>
    </message>
    <message>
        <source>Assistenzsysteme</source>
        <translation>Driver assistance</translation>
    </message>
    <message>
        <source>Weitere Angaben</source>
        <translation>Further details</translation>
    </message>
    <message>
        <source>Zustand</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Baujahr</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Kilometerstand</source>
        <translation>Mileage</translation>
    </message>
    <message>
        <source>Sitze</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Isofix-Plätze</source>
        <translation>Isofix seats</translation>
    </message>
    <message>
        <source>Kofferraum</source>
        <translation>Boot</translation>
    </message>
    <message>
        <source>Länge</source>
        <translation>Length</translation>
    </message>
    <message>
        <source>Dachreling</source>
        <translation>Roof rails</translation>
    </message>
    <message>
        <source>Anhängelast</source>
        <translation>Towing capacity</translation>
    </message>
    <message>
        <source>Leistung</source>
        <translation>Power</translation>
    </message>
    <message>
        <source>0–100 km/h</source>
        <translation>0–100 km/h</translation>
    </message>
    <message>
        <source>Höchstgeschw.</source>
        <translation>Top speed</translation>
    </message>
    <message>
        <source>Allradantrieb</source>
        <translation>All-wheel drive</translation>
    </message>
    <message>
        <source>Verbrauch</source>
        <translation>Fuel consumption</translation>
    </message>
    <message>
        <source>Stromverbrauch</source>
        <translation>Power consumption</translation>
    </message>
    <message>
        <source>Reichweite</source>
        <translation>Range</translation>
    </message>
    <message>
        <source>Euro NCAP</source>
        <translation>Euro NCAP</translation>
    </message>
    <message>
        <source>Hinweise</source>
        <translation>Notes</translation>
    </message>
</context>
<context>
    <name>VehicleTableModel</name>
    <message>
        <source>unbekannt</source>
        <translation>unknown</translation>
    </message>
    <message>
        <source>Neu</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Gebraucht</source>
        <translation>Used</translation>
    </message>
    <message>
        <source>Fahrzeug</source>
        <translation>Vehicle</translation>
    </message>
    <message>
        <source>Bauform</source>
        <translation>Body type</translation>
    </message>
    <message>
        <source>Antrieb</source>
        <translation>Powertrain</translation>
    </message>
    <message>
        <source>Zustand</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Preis</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Sitze</source>
        <translation>Seats</translation>
    </message>
    <message>
        <source>Kofferraum</source>
        <translation>Boot</translation>
    </message>
    <message>
        <source>Anhängelast</source>
        <translation>Towing</translation>
    </message>
    <message>
        <source>Verbrauch /
Reichweite</source>
        <translation>Consumption /
Range</translation>
    </message>
</context>
<context>
    <name>WhyNotDialog</name>
    <message>
        <source>Warum nicht …?</source>
        <translation>Why not …?</translation>
    </message>
    <message>
        <source>Wunsch so anpassen</source>
        <translation>Adjust the wish</translation>
    </message>
</context>
</TS>
