<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppInfo</name>
    <message>
        <source>O365 Upgrade Wizard</source>
        <translation>O365-Upgrade-Assistent</translation>
    </message>
</context>
<context>
    <name>ApplicationStage</name>
    <message>
        <source>Enter the site name at step 4.</source>
        <translation>Geben Sie in Schritt 4 den Site-Namen ein.</translation>
    </message>
    <message>
        <source>Enter the site&apos;s IP address at step 4.</source>
        <translation>Geben Sie in Schritt 4 die IP-Adresse der Site ein.</translation>
    </message>
    <message>
        <source>Not needed: the agreement&apos;s URL names no file.</source>
        <translation>Nicht erforderlich: Die URL der Vereinbarung nennt keine Datei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Enter it as 203.0.113.10 or 2001:db8::10.</source>
        <translation>&quot;%1&quot; ist keine IP-Adresse. Geben Sie sie in der Form 203.0.113.10 oder 2001:db8::10 ein.</translation>
    </message>
    <message>
        <source>Output in the console (copy it from there)</source>
        <translation>Ausgabe in der Konsole (von dort kopieren)</translation>
    </message>
    <message>
        <source>Output to the clipboard (| clip: no console in between)</source>
        <translation>Ausgabe in die Zwischenablage (| clip: keine Konsole dazwischen)</translation>
    </message>
    <message>
        <source>Output to a file (%TEMP%\o365w-iis.txt, opened in Notepad; or load it here)</source>
        <translation>Ausgabe in eine Datei (%TEMP%\o365w-iis.txt, im Editor geöffnet; oder hier laden)</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>Unter %1 gibt es keine Datei.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>%1 kann nicht geöffnet werden: %2.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose the file itself.</source>
        <translation>%1 ist ein Ordner, keine Datei. Wählen Sie die Datei selbst.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket), so it was not read. Choose the file itself, or copy it to a regular file first.</source>
        <translation>%1 ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket) und wurde daher nicht gelesen. Wählen Sie die Datei selbst oder kopieren Sie sie zuerst in eine reguläre Datei.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than the %3 MB such a file can be; it was not read.</source>
        <translation>%1 ist %2 MB groß, größer als die %3 MB, die eine solche Datei haben kann; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB such a file can be; it was not read.</source>
        <translation>%1 ist größer als die %2 MB, die eine solche Datei haben kann; sie wurde nicht gelesen.</translation>
    </message>
</context>
<context>
    <name>DispatcherStage</name>
    <message>
        <source>Enter a valid URL from the syndication agreement at step 1a: the application name comes from it.</source>
        <translation>Geben Sie in Schritt 1a eine gültige URL aus der Syndication-Vereinbarung ein: Der Anwendungsname wird daraus entnommen.</translation>
    </message>
</context>
<context>
    <name>GatewayStage</name>
    <message>
        <source>Enter a valid URL for MOSI Connector at step 1e: the application name comes from it.</source>
        <translation>Geben Sie in Schritt 1e eine gültige URL for MOSI Connector ein: Der Anwendungsname wird daraus entnommen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>URL for MOSI Connector read from PA instance #%1.</source>
        <translation>URL for MOSI Connector aus PA-Instanz #%1 gelesen.</translation>
    </message>
    <message>
        <source>Gateway application %1</source>
        <translation>Gateway-Anwendung %1</translation>
    </message>
</context>
<context>
    <name>GatewayUrl</name>
    <message>
        <source>Enter the URL, for example %1.</source>
        <translation>Geben Sie die URL ein, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>The URL contains a space. Copy the value again from the control panel: host and application names never contain spaces.</source>
        <translation>Die URL enthält ein Leerzeichen. Kopieren Sie den Wert erneut aus dem Control Panel: Host- und Anwendungsnamen enthalten nie Leerzeichen.</translation>
    </message>
    <message>
        <source>The URL must start with https://, for example %1.</source>
        <translation>Die URL muss mit https:// beginnen, zum Beispiel %1.</translation>
    </message>
    <message>
        <source>The URL must use https://, not %1://. The Office 365 Gateway is only reached over HTTPS.</source>
        <translation>Die URL muss https:// verwenden, nicht %1://. Das Office 365 Gateway ist nur über HTTPS erreichbar.</translation>
    </message>
    <message>
        <source>This is not a valid URL (%1). Copy the value again from the control panel.</source>
        <translation>Dies ist keine gültige URL (%1). Kopieren Sie den Wert erneut aus dem Control Panel.</translation>
    </message>
    <message>
        <source>Remove the user name or password from the URL: the KB&apos;s URL has the form %1.</source>
        <translation>Entfernen Sie Benutzername bzw. Kennwort aus der URL: Die URL laut KB hat die Form %1.</translation>
    </message>
    <message>
        <source>The URL has no host name. It should look like %1.</source>
        <translation>Die URL enthält keinen Hostnamen. Sie sollte wie %1 aussehen.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains non-ASCII characters that cannot be converted for DNS.</source>
        <translation>Der Hostname &quot;%1&quot; enthält Nicht-ASCII-Zeichen, die sich nicht für DNS umwandeln lassen.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains non-ASCII characters. IIS bindings and certificates use its ASCII form: enter &quot;%2&quot; instead, if that is the name configured in PA.</source>
        <translation>Der Hostname &quot;%1&quot; enthält Nicht-ASCII-Zeichen. IIS-Bindungen und Zertifikate verwenden seine ASCII-Form: Geben Sie stattdessen &quot;%2&quot; ein, sofern dieser Name in PA konfiguriert ist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>&quot;%1&quot; ist kein gültiger Hostname.</translation>
    </message>
    <message>
        <source>Remove everything after &quot;?&quot; or &quot;#&quot;: the URL should look like %1.</source>
        <translation>Entfernen Sie alles ab &quot;?&quot; bzw. &quot;#&quot;: Die URL sollte wie %1 aussehen.</translation>
    </message>
    <message>
        <source>Port 0 cannot be connected to: remove &quot;:0&quot; from the URL, or give the port the site is bound to in IIS.</source>
        <translation>Port 0 ist nicht erreichbar: Entfernen Sie „:0“ aus der URL oder geben Sie den Port an, an den die Site in IIS gebunden ist.</translation>
    </message>
    <message>
        <source>The URL names no application: between the host and %1 there must be the Office 365 Gateway Application&apos;s name, as in %2.</source>
        <translation>Die URL nennt keine Anwendung: Zwischen Host und %1 muss der Name der Office 365 Gateway Application stehen, wie in %2.</translation>
    </message>
    <message>
        <source>The URL must end with /%1, as in %2.</source>
        <translation>Die URL muss auf /%1 enden, wie in %2.</translation>
    </message>
    <message>
        <source>The URL ends with &quot;%1&quot;, but the URL for MOSI Connector ends with &quot;%2&quot;. Check that you copied the right setting.</source>
        <translation>Die URL endet auf &quot;%1&quot;, die URL for MOSI Connector endet jedoch auf &quot;%2&quot;. Prüfen Sie, ob Sie die richtige Einstellung kopiert haben.</translation>
    </message>
    <message>
        <source>The URL names no application: after the host there must be the application&apos;s name, as in %1.</source>
        <translation>Die URL nennt keine Anwendung: Nach dem Host muss der Name der Anwendung stehen, wie in %1.</translation>
    </message>
    <message>
        <source>The URL has %1 path segments before the file (&quot;%2&quot;), but the KB&apos;s form has exactly one: the application&apos;s name, as in %3.</source>
        <translation>Die URL hat %1 Pfadsegmente vor der Datei (&quot;%2&quot;), die Form laut KB hat jedoch genau eines: den Namen der Anwendung, wie in %3.</translation>
    </message>
</context>
<context>
    <name>IisInventory</name>
    <message>
        <source>Windows PowerShell reported: &quot;%1&quot;. This is the 32-bit Windows PowerShell (x86), which cannot read the IIS configuration. Start &quot;Windows PowerShell&quot; (not the one marked x86) with &quot;Run as administrator&quot;, run the command again and paste its output.</source>
        <translation>Windows PowerShell meldete: &quot;%1&quot;. Dies ist die 32-Bit-Version von Windows PowerShell (x86), die die IIS-Konfiguration nicht lesen kann. Starten Sie &quot;Windows PowerShell&quot; (nicht die mit x86 gekennzeichnete) mit &quot;Als Administrator ausführen&quot;, führen Sie den Befehl erneut aus und fügen Sie seine Ausgabe ein.</translation>
    </message>
    <message>
        <source>The command was run in the Command Prompt (cmd.exe), which reported: &quot;%1&quot;. Run it in Windows PowerShell started with &quot;Run as administrator&quot; and paste its output.</source>
        <translation>Der Befehl wurde in der Eingabeaufforderung (cmd.exe) ausgeführt, die meldete: &quot;%1&quot;. Führen Sie ihn in Windows PowerShell aus, gestartet mit &quot;Als Administrator ausführen&quot;, und fügen Sie seine Ausgabe ein.</translation>
    </message>
    <message>
        <source>Windows PowerShell could not load the IIS module WebAdministration: &quot;%1&quot;. The IIS management tools are missing, or this is not the Office 365 Gateway Host. Install the IIS Management Scripts and Tools (Server Manager &gt; Web Server (IIS) &gt; Management Tools), start Windows PowerShell with &quot;Run as administrator&quot;, run the command again and paste its output.</source>
        <translation>Windows PowerShell konnte das IIS-Modul WebAdministration nicht laden: &quot;%1&quot;. Die IIS-Verwaltungstools fehlen, oder dies ist nicht der Office 365 Gateway Host. Installieren Sie die IIS-Verwaltungsskripts und -tools (Server-Manager &gt; Webserver (IIS) &gt; Verwaltungsprogramme), starten Sie Windows PowerShell mit &quot;Als Administrator ausführen&quot;, führen Sie den Befehl erneut aus und fügen Sie seine Ausgabe ein.</translation>
    </message>
    <message>
        <source>Windows PowerShell may not read the IIS configuration: &quot;%1&quot;. Start Windows PowerShell with &quot;Run as administrator&quot;, run the command again and paste its output.</source>
        <translation>Windows PowerShell darf die IIS-Konfiguration nicht lesen: &quot;%1&quot;. Starten Sie Windows PowerShell mit &quot;Als Administrator ausführen&quot;, führen Sie den Befehl erneut aus und fügen Sie seine Ausgabe ein.</translation>
    </message>
    <message>
        <source>Windows PowerShell does not know a command of the one-liner: &quot;%1&quot;. Run it in Windows PowerShell 2.0 or later on the Office 365 Gateway Host, with the IIS Management Scripts and Tools installed, and paste its output.</source>
        <translation>Windows PowerShell kennt einen Befehl des Einzeilers nicht: &quot;%1&quot;. Führen Sie ihn in Windows PowerShell 2.0 oder neuer auf dem Office 365 Gateway Host mit installierten IIS-Verwaltungsskripts und -tools aus und fügen Sie seine Ausgabe ein.</translation>
    </message>
    <message>
        <source>Windows PowerShell reported an error: &quot;%1&quot;. Copy the command again exactly as shown, run it in Windows PowerShell started with &quot;Run as administrator&quot; and paste only its output.</source>
        <translation>Windows PowerShell meldete einen Fehler: &quot;%1&quot;. Kopieren Sie den Befehl erneut genau wie angezeigt, führen Sie ihn in Windows PowerShell aus, gestartet mit &quot;Als Administrator ausführen&quot;, und fügen Sie nur seine Ausgabe ein.</translation>
    </message>
    <message>
        <source>Line %1: the output of the command appears more than once. Paste the output of one run only.</source>
        <translation>Zeile %1: Die Ausgabe des Befehls ist mehrfach enthalten. Fügen Sie nur die Ausgabe eines einzigen Laufs ein.</translation>
    </message>
    <message>
        <source>Line %1: the binding &quot;%2&quot; of the site &quot;%3&quot; is not of the form IP:port:host. Copy the whole output again.</source>
        <translation>Zeile %1: Die Bindung &quot;%2&quot; der Site &quot;%3&quot; hat nicht die Form IP:Port:Host. Kopieren Sie die gesamte Ausgabe erneut.</translation>
    </message>
    <message>
        <source>Line %1: the application &quot;%2&quot; has &quot;%3&quot; and &quot;%4&quot; where True or False is expected. Copy the whole output again.</source>
        <translation>Zeile %1: Die Anwendung &quot;%2&quot; hat &quot;%3&quot; und &quot;%4&quot;, wo True oder False erwartet wird. Kopieren Sie die gesamte Ausgabe erneut.</translation>
    </message>
    <message>
        <source>Line %1: the last line of the output (%2) is damaged. Copy the whole output again.</source>
        <translation>Zeile %1: Die letzte Zeile der Ausgabe (%2) ist beschädigt. Kopieren Sie die gesamte Ausgabe erneut.</translation>
    </message>
    <message>
        <source>Lines are missing from the pasted output: the command printed %1 %2 and %3 %4 lines, %5 and %6 were pasted. Copy the whole output again, from its first line down to the line starting with %7.</source>
        <translation>In der eingefügten Ausgabe fehlen Zeilen: Der Befehl gab %1 %2- und %3 %4-Zeilen aus, eingefügt wurden %5 und %6. Kopieren Sie die gesamte Ausgabe erneut, von der ersten Zeile bis zur Zeile, die mit %7 beginnt.</translation>
    </message>
    <message>
        <source>Nothing was pasted. Run the command shown above in Windows PowerShell on the Office 365 Gateway Host and paste its whole output here.</source>
        <translation>Es wurde nichts eingefügt. Führen Sie den oben angezeigten Befehl in Windows PowerShell auf dem Office 365 Gateway Host aus und fügen Sie hier seine gesamte Ausgabe ein.</translation>
    </message>
    <message>
        <source>No output of the wizard&apos;s command was found: copy the whole output of the command shown above (the lines starting with O365W-) and paste it here.</source>
        <translation>Es wurde keine Ausgabe des Assistenten-Befehls gefunden: Kopieren Sie die gesamte Ausgabe des oben angezeigten Befehls (die Zeilen, die mit O365W- beginnen) und fügen Sie sie hier ein.</translation>
    </message>
    <message>
        <source>The pasted output is incomplete: its last line, starting with %1, is missing. Copy the whole output again, down to that line.</source>
        <translation>Die eingefügte Ausgabe ist unvollständig: Ihre letzte Zeile, die mit %1 beginnt, fehlt. Kopieren Sie die gesamte Ausgabe erneut, bis einschließlich dieser Zeile.</translation>
    </message>
    <message>
        <source>Paste the output of the command first.</source>
        <translation>Fügen Sie zuerst die Ausgabe des Befehls ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Enter the address the gateway host name resolves to.</source>
        <translation>&quot;%1&quot; ist keine IP-Adresse. Geben Sie die Adresse ein, in die der Gateway-Hostname aufgelöst wird.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s name.</source>
        <translation>Geben Sie den Namen der Anwendung ein.</translation>
    </message>
    <message>
        <source>IIS on this host has no sites. Check that you ran the command on the Office 365 Gateway Host that %1 belongs to.</source>
        <translation>IIS hat auf diesem Host keine Sites. Prüfen Sie, ob Sie den Befehl auf dem Office 365 Gateway Host ausgeführt haben, zu dem %1 gehört.</translation>
    </message>
    <message>
        <source>all unassigned addresses (*)</source>
        <translation>alle nicht zugewiesenen Adressen (*)</translation>
    </message>
    <message>
        <source>Several IIS sites are bound to %1: %2. In IIS Manager, select the one whose binding has the gateway host name (or no host name), then enter its name.</source>
        <translation>Mehrere IIS-Sites sind an %1 gebunden: %2. Wählen Sie im IIS-Manager diejenige, deren Bindung den Gateway-Hostnamen (oder keinen Hostnamen) enthält, und geben Sie dann ihren Namen ein.</translation>
    </message>
    <message>
        <source>The application %1 exists in %2.</source>
        <translation>Die Anwendung %1 ist in %2 vorhanden.</translation>
    </message>
    <message>
        <source>Several IIS sites are bound to %1: %2. Only &quot;%3&quot; has the application %4, so it is taken; make sure in IIS Manager that its binding has the gateway host name.</source>
        <translation>Mehrere IIS-Sites sind an %1 gebunden: %2. Nur &quot;%3&quot; enthält die Anwendung %4 und wird daher verwendet; stellen Sie im IIS-Manager sicher, dass ihre Bindung den Gateway-Hostnamen enthält.</translation>
    </message>
    <message>
        <source>No IIS site is bound to %1 itself; &quot;%2&quot; is bound to all unassigned addresses (*), so it answers on %1 only if no other site takes that address. Make sure in IIS Manager that it is the right site.</source>
        <translation>Keine IIS-Site ist direkt an %1 gebunden; &quot;%2&quot; ist an alle nicht zugewiesenen Adressen (*) gebunden und antwortet daher auf %1 nur, wenn keine andere Site diese Adresse belegt. Stellen Sie im IIS-Manager sicher, dass es die richtige Site ist.</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; has no application %2, and no other site has one. Check the application&apos;s name and that you ran the command on the right Office 365 Gateway Host.</source>
        <translation>Die Site &quot;%1&quot; enthält keine Anwendung %2, und keine andere Site enthält eine. Prüfen Sie den Namen der Anwendung und ob Sie den Befehl auf dem richtigen Office 365 Gateway Host ausgeführt haben.</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; has no application %2. It exists in %3: check the IP address, which decides the site.</source>
        <translation>Die Site &quot;%1&quot; enthält keine Anwendung %2. Sie ist in %3 vorhanden: Prüfen Sie die IP-Adresse, die die Site bestimmt.</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; is bound to %2 and has the application %3 in %4.</source>
        <translation>Die Site &quot;%1&quot; ist an %2 gebunden und enthält die Anwendung %3 in %4.</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; is bound to %2, but IIS&apos;s cmdlets cannot list its applications: its name holds [ ] * ? or &apos;, which Get-WebApplication -Site reads as a pattern. Check in IIS Manager that &quot;%1&quot; has the application %3 and that its folder holds the service file, then confirm the steps by hand.</source>
        <translation>Die Site „%1“ ist an %2 gebunden, aber die IIS-Cmdlets können ihre Anwendungen nicht auflisten: Ihr Name enthält [ ] * ? oder &apos;, was Get-WebApplication -Site als Muster liest. Prüfen Sie im IIS-Manager, dass „%1“ die Anwendung %3 hat und ihr Ordner die Dienstdatei enthält, und bestätigen Sie die Schritte dann von Hand.</translation>
    </message>
    <message>
        <source>Line %1 of the pasted text is incomplete: after %2 it has %3 fields instead of %4. The console may have cut or wrapped it. Copy the whole output again, or use the command that copies the output to the clipboard (| clip) or writes it to a file.</source>
        <translation>Zeile %1 des eingefügten Textes ist unvollständig: Nach %2 hat sie %3 Felder statt %4. Die Konsole hat sie vielleicht abgeschnitten oder umbrochen. Kopieren Sie die ganze Ausgabe noch einmal, oder verwenden Sie den Befehl, der die Ausgabe in die Zwischenablage kopiert (| clip) oder in eine Datei schreibt.</translation>
    </message>
    <message>
        <source>No IIS site is bound to %1, the address the gateway host name resolves to, and none to all unassigned addresses (*). Behind NAT the public DNS address is not the address IIS is bound to. The sites and their bindings: %2. Enter the name of the gateway&apos;s site at this step to choose it (your choice is recorded), or check the IP address and that you ran the command on the right Office 365 Gateway Host.</source>
        <translation>Keine IIS-Site ist an %1 gebunden, die Adresse, zu der der Gateway-Hostname aufgelöst wird, und keine an alle nicht zugewiesenen Adressen (*). Hinter NAT ist die öffentliche DNS-Adresse nicht die Adresse, an die IIS gebunden ist. Die Sites und ihre Bindungen: %2. Geben Sie bei diesem Schritt den Namen der Site des Gateways ein, um sie zu wählen (Ihre Wahl wird festgehalten), oder prüfen Sie die IP-Adresse und ob Sie den Befehl auf dem richtigen Office 365 Gateway Host ausgeführt haben.</translation>
    </message>
    <message>
        <source>No IIS site is bound to %1, the address the gateway host name resolves to (behind NAT the public address is not the IIS binding): the site &quot;%2&quot; you entered is used, as your choice (%3).</source>
        <translation>Keine IIS-Site ist an %1 gebunden, die Adresse, zu der der Gateway-Hostname aufgelöst wird (hinter NAT ist die öffentliche Adresse nicht die IIS-Bindung): Die von Ihnen eingegebene Site „%2“ wird als Ihre Wahl verwendet (%3).</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; has the application %2 in %3.</source>
        <translation>Die Site „%1“ hat die Anwendung %2 in %3.</translation>
    </message>
</context>
<context>
    <name>NetworkFailure</name>
    <message>
        <source>The proxy asks for a user name and password and did not accept the ones given (or none were given). Enter them when the wizard asks, or check the proxy user in Network settings on the Start page, then re-run.</source>
        <translation>Der Proxy verlangt einen Benutzernamen und ein Kennwort und hat die angegebenen nicht angenommen (oder es wurden keine angegeben). Geben Sie sie ein, wenn der Assistent danach fragt, oder prüfen Sie den Proxy-Benutzer in den Netzwerkeinstellungen auf der Startseite, und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>The proxy refused the connection: check its host and port in Network settings on the Start page (%1).</source>
        <translation>Der Proxy hat die Verbindung abgelehnt: Prüfen Sie Host und Port in den Netzwerkeinstellungen auf der Startseite (%1).</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name was not found: check it in Network settings on the Start page (%1).</source>
        <translation>Der Hostname des Proxys wurde nicht gefunden: Prüfen Sie ihn in den Netzwerkeinstellungen auf der Startseite (%1).</translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the proxy settings.</source>
        <translation>Der Proxy ist fehlgeschlagen: %1. Prüfen Sie die Proxy-Einstellungen.</translation>
    </message>
</context>
<context>
    <name>PaApplicationStage</name>
    <message>
        <source>Not needed: the synchronization script is not used.</source>
        <translation>Nicht erforderlich: Das Synchronisierungsskript wird nicht verwendet.</translation>
    </message>
</context>
<context>
    <name>PackageInspector</name>
    <message>
        <source>APP-META.xml in %1 contains a document type declaration (DOCTYPE), which the vendor&apos;s file does not have, so it was not read and the package version is unknown. Download the package again from the vendor.</source>
        <translation>APP-META.xml in %1 enthält eine Dokumenttypdeklaration (DOCTYPE), die die Datei des Herstellers nicht hat; sie wurde daher nicht gelesen, und die Paketversion ist unbekannt. Laden Sie das Paket erneut vom Hersteller herunter.</translation>
    </message>
    <message>
        <source>APP-META.xml in %1 does not use an APS namespace (%2 or %3); the version shown may not be the package&apos;s.</source>
        <translation>APP-META.xml in %1 verwendet keinen APS-Namespace (%2 oder %3); die angezeigte Version ist möglicherweise nicht die des Pakets.</translation>
    </message>
    <message>
        <source>APP-META.xml in %1 is not well-formed XML (line %2: %3); the package version may be missing.</source>
        <translation>APP-META.xml in %1 ist kein wohlgeformtes XML (Zeile %2: %3); die Paketversion fehlt möglicherweise.</translation>
    </message>
    <message>
        <source>APP-META.xml in %1 has no &lt;version&gt; element, so the package version is unknown.</source>
        <translation>APP-META.xml in %1 hat kein &lt;version&gt;-Element, daher ist die Paketversion unbekannt.</translation>
    </message>
    <message>
        <source>%1 has no APP-META.xml at its root, so the package version is unknown. Check that it is the Microsoft Office 365 Application Package (an APS package).</source>
        <translation>%1 enthält keine APP-META.xml im Stammverzeichnis, daher ist die Paketversion unbekannt. Prüfen Sie, ob es sich um das Microsoft Office 365 Application Package (ein APS-Paket) handelt.</translation>
    </message>
    <message>
        <source>No package file was chosen. Choose the Microsoft Office 365 Application Package (.zip) you downloaded from the vendor.</source>
        <translation>Es wurde keine Paketdatei ausgewählt. Wählen Sie das vom Hersteller heruntergeladene Microsoft Office 365 Application Package (.zip).</translation>
    </message>
    <message>
        <source>There is no file at %1. Check the path, or download the Microsoft Office 365 Application Package again and choose the downloaded .zip file.</source>
        <translation>Unter %1 gibt es keine Datei. Prüfen Sie den Pfad, oder laden Sie das Microsoft Office 365 Application Package erneut herunter und wählen Sie die heruntergeladene .zip-Datei.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose the Microsoft Office 365 Application Package file (.zip) itself, not the folder that contains it or an unpacked copy.</source>
        <translation>%1 ist ein Ordner, keine Datei. Wählen Sie die Datei des Microsoft Office 365 Application Package (.zip) selbst, nicht den Ordner, der sie enthält, oder eine entpackte Kopie.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket). Choose the downloaded Microsoft Office 365 Application Package file (.zip).</source>
        <translation>%1 ist keine reguläre Datei (sondern ein Gerät, eine Pipe oder ein Socket). Wählen Sie die heruntergeladene Datei des Microsoft Office 365 Application Package (.zip).</translation>
    </message>
    <message>
        <source>%1 cannot be opened for reading (%2). Check that the account running the wizard may read it, or copy the package to a folder of your own and choose the copy.</source>
        <translation>%1 kann nicht zum Lesen geöffnet werden (%2). Prüfen Sie, ob das Konto, unter dem der Assistent läuft, die Datei lesen darf, oder kopieren Sie das Paket in einen eigenen Ordner und wählen Sie die Kopie.</translation>
    </message>
    <message>
        <source>%1 could not be read to the end (%2 after %3 bytes). If it is on a network share or removable disk, copy it to a local disk and choose the copy.</source>
        <translation>%1 konnte nicht bis zum Ende gelesen werden (%2 nach %3 Bytes). Liegt die Datei auf einer Netzwerkfreigabe oder einem Wechseldatenträger, kopieren Sie sie auf einen lokalen Datenträger und wählen Sie die Kopie.</translation>
    </message>
    <message>
        <source>Download the Microsoft Office 365 Application Package again and compare its size (%1 bytes here) and SHA-256 (%2 here) with the ones the vendor publishes.</source>
        <translation>Laden Sie das Microsoft Office 365 Application Package erneut herunter und vergleichen Sie Größe (hier %1 Bytes) und SHA-256 (hier %2) mit den vom Hersteller veröffentlichten Werten.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): the download or copy did not complete. Download the Microsoft Office 365 Application Package again.</source>
        <translation>%1 ist leer (0 Bytes): Der Download oder Kopiervorgang wurde nicht abgeschlossen. Laden Sie das Microsoft Office 365 Application Package erneut herunter.</translation>
    </message>
    <message>
        <source>%1 could not be read again after hashing (%2).</source>
        <translation>%1 konnte nach dem Berechnen des Hashwerts nicht erneut gelesen werden (%2).</translation>
    </message>
    <message>
        <source>%1 is only the first %2 bytes of a ZIP archive: the download or copy was interrupted. %3</source>
        <translation>%1 enthält nur die ersten %2 Bytes eines ZIP-Archivs: Der Download oder Kopiervorgang wurde unterbrochen. %3</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not the ZIP archive of the package: the download link probably returned a login or error page. %2</source>
        <translation>%1 ist eine Webseite (HTML), nicht das ZIP-Archiv des Pakets: Der Download-Link hat vermutlich eine Anmelde- oder Fehlerseite geliefert. %2</translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive (it does not start with the ZIP signature &quot;PK&quot;), so it is not the Microsoft Office 365 Application Package. %2</source>
        <translation>%1 ist kein ZIP-Archiv (es beginnt nicht mit der ZIP-Signatur &quot;PK&quot;) und daher nicht das Microsoft Office 365 Application Package. %2</translation>
    </message>
    <message>
        <source>%1 is cut short: the end of its ZIP table of contents is missing, so the download or copy was interrupted. %2</source>
        <translation>%1 ist abgeschnitten: Das Ende des ZIP-Inhaltsverzeichnisses fehlt, der Download oder Kopiervorgang wurde also unterbrochen. %2</translation>
    </message>
    <message>
        <source>%1 is an empty ZIP archive: it contains no files at all, so not %2. Download the Microsoft Office 365 Application Package again.</source>
        <translation>%1 ist ein leeres ZIP-Archiv: Es enthält überhaupt keine Dateien, also auch nicht %2. Laden Sie das Microsoft Office 365 Application Package erneut herunter.</translation>
    </message>
    <message>
        <source>%1 starts like a ZIP archive but its table of contents (central directory) is missing or damaged (ZIP error %2): the download or copy was probably cut short. %3</source>
        <translation>%1 beginnt wie ein ZIP-Archiv, aber sein Inhaltsverzeichnis (Central Directory) fehlt oder ist beschädigt (ZIP-Fehler %2): Der Download oder Kopiervorgang wurde vermutlich abgebrochen. %3</translation>
    </message>
    <message>
        <source>%1 lists more than %2 files, far more than the Microsoft Office 365 Application Package contains, so it was not inspected. Check that you chose the right file.</source>
        <translation>%1 listet mehr als %2 Dateien auf, weit mehr als das Microsoft Office 365 Application Package enthält; es wurde daher nicht untersucht. Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <source>%1 has a damaged table of contents (ZIP error %2): the download or copy was probably cut short. %3</source>
        <translation>%1 hat ein beschädigtes Inhaltsverzeichnis (ZIP-Fehler %2): Der Download oder Kopiervorgang wurde vermutlich abgebrochen. %3</translation>
    </message>
    <message>
        <source>APP-META.xml in %1 is larger than %2 bytes, so it was not read and the package version is unknown.</source>
        <translation>APP-META.xml in %1 ist größer als %2 Bytes; sie wurde daher nicht gelesen, und die Paketversion ist unbekannt.</translation>
    </message>
    <message>
        <source>APP-META.xml in %1 is password-protected, so the package version is unknown; the vendor&apos;s package is not encrypted.</source>
        <translation>APP-META.xml in %1 ist kennwortgeschützt, daher ist die Paketversion unbekannt; das Paket des Herstellers ist nicht verschlüsselt.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 inside it cannot be read completely (data cut short or checksum mismatch). %3</source>
        <translation>%1 ist beschädigt: %2 darin kann nicht vollständig gelesen werden (Daten abgeschnitten oder Prüfsumme falsch). %3</translation>
    </message>
    <message>
        <source>%1 contains %2 but no %3: it looks like %3 itself (or an unpacked copy), not the Microsoft Office 365 Application Package. Choose the package file that contains %3.</source>
        <translation>%1 enthält %2, aber kein %3: Es sieht aus wie %3 selbst (oder eine entpackte Kopie), nicht wie das Microsoft Office 365 Application Package. Wählen Sie die Paketdatei, die %3 enthält.</translation>
    </message>
    <message>
        <source>%1 does not contain %2, which step 2b extracts from the Microsoft Office 365 Application Package. Check that you chose the right package, or download it again.</source>
        <translation>%1 enthält nicht %2, das Schritt 2b aus dem Microsoft Office 365 Application Package extrahiert. Prüfen Sie, ob Sie das richtige Paket gewählt haben, oder laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <source>%1 contains more than one %2; the wizard uses %3 and ignores %4.</source>
        <translation>%1 enthält mehr als ein %2; der Assistent verwendet %3 und ignoriert %4.</translation>
    </message>
    <message>
        <source>%1 inside %2 is larger than %3 bytes (it declares %4 bytes), much larger than the vendor&apos;s; it was not read. Check that you chose the right package, or download it again.</source>
        <translation>%1 in %2 ist größer als %3 Bytes (angegeben sind %4 Bytes), viel größer als die Datei des Herstellers; sie wurde nicht gelesen. Prüfen Sie, ob Sie das richtige Paket gewählt haben, oder laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <source>%1 inside %2 is password-protected; the vendor&apos;s package is not. Download the Microsoft Office 365 Application Package again from the vendor.</source>
        <translation>%1 in %2 ist kennwortgeschützt, das Paket des Herstellers jedoch nicht. Laden Sie das Microsoft Office 365 Application Package erneut vom Hersteller herunter.</translation>
    </message>
    <message>
        <source>%1 inside %2 is not a ZIP archive (%3 bytes without the ZIP signature), so step 2c cannot unpack it. The package is not the vendor&apos;s original: download it again.</source>
        <translation>%1 in %2 ist kein ZIP-Archiv (%3 Bytes ohne ZIP-Signatur), daher kann Schritt 2c es nicht entpacken. Das Paket ist nicht das Original des Herstellers: Laden Sie es erneut herunter.</translation>
    </message>
    <message>
        <source>%1 inside %2 is cut short (the end of its ZIP table of contents is missing), so step 2c cannot unpack it. Download the package again.</source>
        <translation>%1 in %2 ist abgeschnitten (das Ende des ZIP-Inhaltsverzeichnisses fehlt), daher kann Schritt 2c es nicht entpacken. Laden Sie das Paket erneut herunter.</translation>
    </message>
    <message>
        <source>%1 inside %2 is a damaged ZIP archive (its table of contents is missing, ZIP error %3), so step 2c cannot unpack it. Download the package again.</source>
        <translation>%1 in %2 ist ein beschädigtes ZIP-Archiv (das Inhaltsverzeichnis fehlt, ZIP-Fehler %3), daher kann Schritt 2c es nicht entpacken. Laden Sie das Paket erneut herunter.</translation>
    </message>
    <message>
        <source>%1 inside %2 lists more than %3 files, far more than the vendor&apos;s, so it was not inspected. Check that you chose the right package.</source>
        <translation>%1 in %2 listet mehr als %3 Dateien auf, weit mehr als das Original des Herstellers; es wurde daher nicht untersucht. Prüfen Sie, ob Sie das richtige Paket gewählt haben.</translation>
    </message>
    <message>
        <source>%1 inside %2 has a damaged table of contents (ZIP error %3), so step 2c cannot unpack it. Download the package again.</source>
        <translation>%1 in %2 hat ein beschädigtes Inhaltsverzeichnis (ZIP-Fehler %3), daher kann Schritt 2c es nicht entpacken. Laden Sie das Paket erneut herunter.</translation>
    </message>
    <message>
        <source>%1 inside %2 has %3 only deep inside a folder (%4), not at its root or in a top-level folder where step 2e expects it. Check that you chose the right package.</source>
        <translation>%1 in %2 enthält %3 nur tief in einem Ordner (%4), nicht im Stammverzeichnis oder in einem Ordner der obersten Ebene, wo Schritt 2e es erwartet. Prüfen Sie, ob Sie das richtige Paket gewählt haben.</translation>
    </message>
    <message>
        <source>%1 inside %2 has no %3, which step 2e runs. The package is incomplete or not the right one: download the Microsoft Office 365 Application Package again.</source>
        <translation>%1 in %2 enthält kein %3, das Schritt 2e ausführt. Das Paket ist unvollständig oder nicht das richtige: Laden Sie das Microsoft Office 365 Application Package erneut herunter.</translation>
    </message>
    <message>
        <source>%1 inside %2 contains more than one %3; step 2e should run %4 (not %5).</source>
        <translation>%1 in %2 enthält mehr als ein %3; Schritt 2e sollte %4 ausführen (nicht %5).</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Cannot make %1 readable by its owner only: %2</source>
        <translation>%1 kann nicht auf Lesen nur durch den Eigentümer beschränkt werden: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 readable by you only. Check that it is writable.</source>
        <translation>Der Ordner %1 kann nicht nur für Sie lesbar angelegt werden. Prüfen Sie, ob er beschreibbar ist.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link (to %2); the wizard does not write through links. Remove the link or choose another name.</source>
        <translation>%1 ist eine symbolische Verknüpfung (auf %2); der Assistent schreibt nicht durch Verknüpfungen. Entfernen Sie die Verknüpfung oder wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file. Choose another name.</source>
        <translation>%1 existiert und ist keine normale Datei. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>%1 belongs to another user (%2); the wizard writes only over its user&apos;s own files. Choose another name.</source>
        <translation>%1 gehört einem anderen Benutzer (%2); der Assistent überschreibt nur eigene Dateien seines Benutzers. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes were written</source>
        <translation>nur %1 von %2 Bytes wurden geschrieben</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Output of the IIS command (optional)</source>
        <translation>Ausgabe des IIS-Befehls (optional)</translation>
    </message>
    <message>
        <source>Paste here everything the command printed</source>
        <translation>Fügen Sie hier die gesamte Ausgabe des Befehls ein</translation>
    </message>
    <message>
        <source>Output of pear list (when pasted)</source>
        <translation>Ausgabe von pear list (wenn eingefügt)</translation>
    </message>
    <message>
        <source>Paste here everything pear list printed</source>
        <translation>Fügen Sie hier die gesamte Ausgabe von pear list ein</translation>
    </message>
    <message>
        <source>-MOSIBaseURL (optional)</source>
        <translation>-MOSIBaseURL (optional)</translation>
    </message>
    <message>
        <source>-MOSIBillingID (optional)</source>
        <translation>-MOSIBillingID (optional)</translation>
    </message>
    <message>
        <source>-MOSIClientCertSubject (optional)</source>
        <translation>-MOSIClientCertSubject (optional)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Dependencies and Pre-Requisites</source>
        <translation>Abhängigkeiten und Voraussetzungen</translation>
    </message>
    <message>
        <source>The Microsoft Office 365 Application Package requires POA 5.4.4 or later.</source>
        <translation>Das Microsoft Office 365 Application Package erfordert POA 5.4.4 oder neuer.</translation>
    </message>
    <message>
        <source>Office 365 Subscription Downgrade is Automated; New Offers are Supported</source>
        <translation>Downgrade von Office 365-Abonnements ist automatisiert; neue Angebote werden unterstützt</translation>
    </message>
    <message>
        <source>The Microsoft Office 365 Application Package can be downloaded here.</source>
        <translation>Das Microsoft Office 365 Application Package kann hier heruntergeladen werden.</translation>
    </message>
    <message>
        <source>To install the Microsoft Office 365 Application, use the instructions provided in the PA Office 365 Integration Provider&apos;s Guide.</source>
        <translation>Verwenden Sie zur Installation der Microsoft Office 365 Application die Anleitung im PA Office 365 Integration Provider&apos;s Guide.</translation>
    </message>
    <message>
        <source>Full release notes can be downloaded as PDF or viewed online.</source>
        <translation>Die vollständigen Versionshinweise können als PDF heruntergeladen oder online angezeigt werden.</translation>
    </message>
    <message>
        <source>Office 365 Gateway</source>
        <translation>Office 365 Gateway</translation>
    </message>
    <message>
        <source>Upgrading Office 365 Gateway Application</source>
        <translation>Upgrade der Office 365 Gateway Application</translation>
    </message>
    <message>
        <source>Identify the required Office 365 Gateway Application:</source>
        <translation>Ermitteln Sie die betreffende Office 365 Gateway Application:</translation>
    </message>
    <message>
        <source>A single PA installation may use several Office 365 Gateway Applications on an Office 365 Gateway Host. So, you must identify and upgrade each Office 365 Gateway Application separately.</source>
        <translation>Eine PA-Installation kann mehrere Office 365 Gateway Applications auf einem Office 365 Gateway Host verwenden. Sie müssen daher jede Office 365 Gateway Application einzeln ermitteln und aktualisieren.</translation>
    </message>
    <message>
        <source>Log in to PA Provider Control Panel, go to Services &gt; Applications.</source>
        <translation>Melden Sie sich am PA Provider Control Panel an und wechseln Sie zu Services &gt; Applications.</translation>
    </message>
    <message>
        <source>Click on the name of the required Office 365 Application, and then select the Resource Types tab.</source>
        <translation>Klicken Sie auf den Namen der betreffenden Office 365 Application und wählen Sie dann die Registerkarte Resource Types.</translation>
    </message>
    <message>
        <source>Click on the name of the required &apos;Office 365 Application&apos; Resource Type.</source>
        <translation>Klicken Sie auf den Namen des betreffenden Resource Type &apos;Office 365 Application&apos;.</translation>
    </message>
    <message>
        <source>Select the Activation Parameters tab, and then select the Global settings subtab.</source>
        <translation>Wählen Sie die Registerkarte Activation Parameters und dann die Unterregisterkarte Global settings.</translation>
    </message>
    <message>
        <source>See the value of the URL for MOSI Connector global setting. It is structured in the following way: https://&lt;Office365GatewayHostName&gt;/&lt;Office365GatewayApplicationName&gt;/HTTPEndpoint.aspx.</source>
        <translation>Lesen Sie den Wert der globalen Einstellung URL for MOSI Connector ab. Er ist wie folgt aufgebaut: https://&lt;Office365GatewayHostName&gt;/&lt;Office365GatewayApplicationName&gt;/HTTPEndpoint.aspx.</translation>
    </message>
    <message>
        <source>URL for MOSI Connector</source>
        <translation>URL for MOSI Connector</translation>
    </message>
    <message>
        <source>https://gateway.example.com/O365Gateway/HTTPEndpoint.aspx</source>
        <translation>https://gateway.example.com/O365Gateway/HTTPEndpoint.aspx</translation>
    </message>
    <message>
        <source>Write down the values of the Office365GatewayHostName and Office365GatewayApplicationName parameters.</source>
        <translation>Notieren Sie die Werte der Parameter Office365GatewayHostName und Office365GatewayApplicationName.</translation>
    </message>
    <message>
        <source>Obtain the IP address to which the Office365GatewayHostName is resolved via DNS.</source>
        <translation>Ermitteln Sie die IP-Adresse, in die Office365GatewayHostName per DNS aufgelöst wird.</translation>
    </message>
    <message>
        <source>IP address of the Office 365 Gateway host</source>
        <translation>IP-Adresse des Office 365 Gateway Host</translation>
    </message>
    <message>
        <source>203.0.113.10</source>
        <translation>203.0.113.10</translation>
    </message>
    <message>
        <source>Log on to the required Office 365 Gateway Host as Administrator via RDP.</source>
        <translation>Melden Sie sich per RDP als Administrator am betreffenden Office 365 Gateway Host an.</translation>
    </message>
    <message>
        <source>Open the Internet Information Services (IIS) Manager.</source>
        <translation>Öffnen Sie den Internetinformationsdienste-Manager (IIS-Manager).</translation>
    </message>
    <message>
        <source>Select the site, which has the IP address obtained at step 1. Write down the name and IP address of the site.</source>
        <translation>Wählen Sie die Site mit der in Schritt 1 ermittelten IP-Adresse. Notieren Sie Name und IP-Adresse der Site.</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Site-Name</translation>
    </message>
    <message>
        <source>Site IP address</source>
        <translation>IP-Adresse der Site</translation>
    </message>
    <message>
        <source>Select the application, which has the name obtained at step 1.</source>
        <translation>Wählen Sie die Anwendung mit dem in Schritt 1 ermittelten Namen.</translation>
    </message>
    <message>
        <source>Validate that the selected application is the required Office 365 Gateway Application:</source>
        <translation>Überprüfen Sie, ob die gewählte Anwendung die betreffende Office 365 Gateway Application ist:</translation>
    </message>
    <message>
        <source>Right-click the application item and click the Explore menu item in the context menu.</source>
        <translation>Klicken Sie mit der rechten Maustaste auf die Anwendung und wählen Sie im Kontextmenü Durchsuchen (Explore).</translation>
    </message>
    <message>
        <source>Verify that the SubscriptionEvents.svc file is listed among others in the displayed application root directory.</source>
        <translation>Überprüfen Sie, ob die Datei SubscriptionEvents.svc im angezeigten Stammverzeichnis der Anwendung aufgeführt ist.</translation>
    </message>
    <message>
        <source>If there is no the SubscriptionEvents.svc file, contact Parallels support.</source>
        <translation>Ist die Datei SubscriptionEvents.svc nicht vorhanden, wenden Sie sich an den Parallels-Support.</translation>
    </message>
    <message>
        <source>Upgrade the required Office 365 Gateway Application:</source>
        <translation>Aktualisieren Sie die betreffende Office 365 Gateway Application:</translation>
    </message>
    <message>
        <source>Put the Microsoft Office 365 Application Package on the Office 365 Gateway Host.</source>
        <translation>Legen Sie das Microsoft Office 365 Application Package auf dem Office 365 Gateway Host ab.</translation>
    </message>
    <message>
        <source>Extract the O365-Web.zip file from the Microsoft Office 365 Application Package.</source>
        <translation>Extrahieren Sie die Datei O365-Web.zip aus dem Microsoft Office 365 Application Package.</translation>
    </message>
    <message>
        <source>Unpack the O365-Web.zip file.</source>
        <translation>Entpacken Sie die Datei O365-Web.zip.</translation>
    </message>
    <message>
        <source>Start the Windows PowerShell Console and go to the directory where the content of the O365-Web.zip file is placed.</source>
        <translation>Starten Sie die Windows PowerShell-Konsole und wechseln Sie in das Verzeichnis, in dem sich der Inhalt der Datei O365-Web.zip befindet.</translation>
    </message>
    <message>
        <source>Execute the setup.ps1 -SiteName &lt;Office 365 Gateway site name&gt; –IPAddress &lt;IP address of the Office 365 Gateway site&gt; -GatewayAppName &lt;Office 365 Gateway Application name&gt; command.</source>
        <translation>Führen Sie den Befehl setup.ps1 -SiteName &lt;Name der Office 365 Gateway-Site&gt; –IPAddress &lt;IP-Adresse der Office 365 Gateway-Site&gt; -GatewayAppName &lt;Name der Office 365 Gateway Application&gt; aus.</translation>
    </message>
    <message>
        <source>You may use the -MOSIBaseURL, -MOSIBillingID, -MOSIClientCertSubject options to override the appropriate MOSI settings of the installed Office 365 Gateway and Office 365 Callbacks-Dispatcher Applications.</source>
        <translation>Mit den Optionen -MOSIBaseURL, -MOSIBillingID und -MOSIClientCertSubject können Sie die entsprechenden MOSI-Einstellungen der installierten Office 365 Gateway und Office 365 Callbacks-Dispatcher Applications überschreiben.</translation>
    </message>
    <message>
        <source>Office 365 Callbacks-Dispatcher</source>
        <translation>Office 365 Callbacks-Dispatcher</translation>
    </message>
    <message>
        <source>Upgrading Office 365 Callbacks-Dispatcher Application</source>
        <translation>Upgrade der Office 365 Callbacks-Dispatcher Application</translation>
    </message>
    <message>
        <source>If your PA installation uses the Single Office 365 Gateway Application topology, skip the steps provided below. To learn more about the supported topologies, refer to PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Deploying Office 365 Application &gt; Preparing Provisioning Gateway Host and Office 365 Gateway Host &gt; Office 365 Gateway Host.</source>
        <translation>Verwendet Ihre PA-Installation die Topologie Single Office 365 Gateway Application, überspringen Sie die folgenden Schritte. Mehr über die unterstützten Topologien erfahren Sie im PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Deploying Office 365 Application &gt; Preparing Provisioning Gateway Host and Office 365 Gateway Host &gt; Office 365 Gateway Host.</translation>
    </message>
    <message>
        <source>Identify the required Office 365 Callbacks-Dispatcher Application:</source>
        <translation>Ermitteln Sie die betreffende Office 365 Callbacks-Dispatcher Application:</translation>
    </message>
    <message>
        <source>Obtain the URL specified in your syndication agreement with Microsoft. The URL is structured in the following way: https://&lt;Office365GatewayHostName&gt;/&lt;Office365Callbacks-DispatcherApplicationName&gt;/.</source>
        <translation>Ermitteln Sie die URL, die in Ihrer Syndication-Vereinbarung mit Microsoft angegeben ist. Die URL ist wie folgt aufgebaut: https://&lt;Office365GatewayHostName&gt;/&lt;Office365Callbacks-DispatcherApplicationName&gt;/.</translation>
    </message>
    <message>
        <source>URL from the syndication agreement</source>
        <translation>URL aus der Syndication-Vereinbarung</translation>
    </message>
    <message>
        <source>https://gateway.example.com/O365Dispatcher/</source>
        <translation>https://gateway.example.com/O365Dispatcher/</translation>
    </message>
    <message>
        <source>Write down the values of the Office365GatewayHostName and Office365Callbacks-DispatcherApplicationName parameters.</source>
        <translation>Notieren Sie die Werte der Parameter Office365GatewayHostName und Office365Callbacks-DispatcherApplicationName.</translation>
    </message>
    <message>
        <source>Log in to the required Office 365 Gateway as Administrator via RDP.</source>
        <translation>Melden Sie sich per RDP als Administrator am betreffenden Office 365 Gateway an.</translation>
    </message>
    <message>
        <source>Validate that the selected application is the required Office 365 Callbacks-Dispatcher Application:</source>
        <translation>Überprüfen Sie, ob die gewählte Anwendung die betreffende Office 365 Callbacks-Dispatcher Application ist:</translation>
    </message>
    <message>
        <source>Verify that the Callbacks.svc file is listed among others in the displayed application root directory.</source>
        <translation>Überprüfen Sie, ob die Datei Callbacks.svc im angezeigten Stammverzeichnis der Anwendung aufgeführt ist.</translation>
    </message>
    <message>
        <source>If there is no the Callbacks.svc file, contact Parallels support.</source>
        <translation>Ist die Datei Callbacks.svc nicht vorhanden, wenden Sie sich an den Parallels-Support.</translation>
    </message>
    <message>
        <source>Upgrade the required Office 365 Callbacks-Dispatcher Application:</source>
        <translation>Aktualisieren Sie die betreffende Office 365 Callbacks-Dispatcher Application:</translation>
    </message>
    <message>
        <source>Execute the setup.ps1 -SiteName &lt;Office 365 Gateway site name&gt; –IPAddress &lt;IP address of the Office 365 Gateway site&gt; -DispatcherAppName &lt;Office 365 Callbacks-Dispatcher Application name&gt; command.</source>
        <translation>Führen Sie den Befehl setup.ps1 -SiteName &lt;Name der Office 365 Gateway-Site&gt; –IPAddress &lt;IP-Adresse der Office 365 Gateway-Site&gt; -DispatcherAppName &lt;Name der Office 365 Callbacks-Dispatcher Application&gt; aus.</translation>
    </message>
    <message>
        <source>Check your syndication agreement with Microsoft. If you provided to Microsoft the URL where a file name was specified (https://office365.provider.com/Office365/SubscriptionEvents.svc), you must perform the following actions:</source>
        <translation>Prüfen Sie Ihre Syndication-Vereinbarung mit Microsoft. Haben Sie Microsoft eine URL mit Dateinamen mitgeteilt (https://office365.provider.com/Office365/SubscriptionEvents.svc), müssen Sie Folgendes tun:</translation>
    </message>
    <message>
        <source>In the Internet Information Services (IIS) Manager, select the Office 365 Callbacks-Dispatcher Application.</source>
        <translation>Wählen Sie im Internetinformationsdienste-Manager (IIS-Manager) die Office 365 Callbacks-Dispatcher Application.</translation>
    </message>
    <message>
        <source>Create a copy of the Callbacks.svc file. Rename the copy to SubscriptionEvents.svc.</source>
        <translation>Erstellen Sie eine Kopie der Datei Callbacks.svc. Benennen Sie die Kopie in SubscriptionEvents.svc um.</translation>
    </message>
    <message>
        <source>Provisioning Gateway Host</source>
        <translation>Provisioning Gateway Host</translation>
    </message>
    <message>
        <source>Updating Provisioning Gateway Host</source>
        <translation>Aktualisierung des Provisioning Gateway Host</translation>
    </message>
    <message>
        <source>Starting with PA Office 365 Integration 4.0, provisioning scripts of the Microsoft Office 365 Application use the HTTP_Request2 PEAR Package. Make sure this PEAR Package is installed on the Provisioning Gateway Host following these steps:</source>
        <translation>Ab PA Office 365 Integration 4.0 verwenden die Provisioning-Skripte der Microsoft Office 365 Application das PEAR-Paket HTTP_Request2. Stellen Sie mit den folgenden Schritten sicher, dass dieses PEAR-Paket auf dem Provisioning Gateway Host installiert ist:</translation>
    </message>
    <message>
        <source>Log on to the Provisioning Gateway Host.</source>
        <translation>Melden Sie sich am Provisioning Gateway Host an.</translation>
    </message>
    <message>
        <source>Validate that the HTTP_Request2 PEAR Package is in the list of installed PEAR Packages using the pear list command. Otherwise, execute the pear install HTTP_Request2 command.</source>
        <translation>Prüfen Sie mit dem Befehl pear list, ob das PEAR-Paket HTTP_Request2 in der Liste der installierten PEAR-Pakete steht. Andernfalls führen Sie den Befehl pear install HTTP_Request2 aus.</translation>
    </message>
    <message>
        <source>If you have Application instances with versions lower than 4.0, make sure the HTTP_Request PEAR Package is in the list of installed PEAR Packages.</source>
        <translation>Gibt es Anwendungsinstanzen mit Versionen unter 4.0, stellen Sie sicher, dass das PEAR-Paket HTTP_Request in der Liste der installierten PEAR-Pakete steht.</translation>
    </message>
    <message>
        <source>To install the HTTP_Request2 PEAR Package, the latest PEAR is required. To obtain the latest PEAR, download and execute the http://pear.php.net/go-pear.phar script. For example, execute the wget http://pear.php.net/go-pear.phar and php go-pear.phar commands. This script installs the latest PEAR or it upgrades the installed PEAR to the latest version.</source>
        <translation>Für die Installation des PEAR-Pakets HTTP_Request2 ist die neueste PEAR-Version erforderlich. Laden Sie dazu das Skript http://pear.php.net/go-pear.phar herunter und führen Sie es aus, zum Beispiel mit den Befehlen wget http://pear.php.net/go-pear.phar und php go-pear.phar. Das Skript installiert die neueste PEAR-Version oder aktualisiert die installierte PEAR-Version auf die neueste.</translation>
    </message>
    <message>
        <source>PA Application</source>
        <translation>PA-Anwendung</translation>
    </message>
    <message>
        <source>Upgrading Microsoft Office 365 Application</source>
        <translation>Upgrade der Microsoft Office 365 Application</translation>
    </message>
    <message>
        <source>Import the Microsoft Office 365 Application Package to PA. See POA Provider&apos;s Guide &gt;&gt; Application Hosting &gt; Managing Applications &gt; Importing Application for details.</source>
        <translation>Importieren Sie das Microsoft Office 365 Application Package in PA. Einzelheiten siehe POA Provider&apos;s Guide &gt;&gt; Application Hosting &gt; Managing Applications &gt; Importing Application.</translation>
    </message>
    <message>
        <source>Make sure in the &apos;Office 365 Application&apos; Resource Types the Autoprovisioning parameter is set to Yes for the Application service &quot;Administration&quot;.</source>
        <translation>Stellen Sie sicher, dass in den Resource Types &apos;Office 365 Application&apos; der Parameter Autoprovisioning für den Application service &quot;Administration&quot; auf Yes gesetzt ist.</translation>
    </message>
    <message>
        <source>Upgrade existing Microsoft Office 365 Application instances. See POA Provider&apos;s Guide &gt;&gt; Application Hosting &gt; Bulk Application Upgrades for details.</source>
        <translation>Aktualisieren Sie die vorhandenen Instanzen der Microsoft Office 365 Application. Einzelheiten siehe POA Provider&apos;s Guide &gt;&gt; Application Hosting &gt; Bulk Application Upgrades.</translation>
    </message>
    <message>
        <source>If the script synchronizing changes applied in the Microsoft Online Services Portal to PA is used on your installation, the Empty Service Set Application Service Resource Type must be created. The Included Offers Activation Parameter must be set to 00000000-0000-0000-0000-000000000000. The Trial Offer ID Activation Parameter must be set to 00000000-0000-0000-0000-000000000000. See the PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Configuring Offers &gt; Creating Application Service Resource Type to obtain the instruction how to create Application Service Resource Types. The Empty Service Set Application Service Resource Type must be included into existing Office 365 Service Templates and existing Office 365 subscriptions must be updated accordingly.</source>
        <translation>Wird in Ihrer Installation das Skript verwendet, das Änderungen aus dem Microsoft Online Services Portal nach PA synchronisiert, muss der Application Service Resource Type &quot;Empty Service Set&quot; angelegt werden. Der Activation Parameter Included Offers muss auf 00000000-0000-0000-0000-000000000000 gesetzt werden. Der Activation Parameter Trial Offer ID muss auf 00000000-0000-0000-0000-000000000000 gesetzt werden. Wie Application Service Resource Types angelegt werden, beschreibt der PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Configuring Offers &gt; Creating Application Service Resource Type. Der Application Service Resource Type &quot;Empty Service Set&quot; muss in die vorhandenen Office 365 Service Templates aufgenommen und die vorhandenen Office 365-Abonnements müssen entsprechend aktualisiert werden.</translation>
    </message>
    <message>
        <source>Perform the instructions of the https://kb.odin.com/117505 KB article.</source>
        <translation>Führen Sie die Anweisungen des KB-Artikels https://kb.odin.com/117505 aus.</translation>
    </message>
    <message>
        <source>New Features</source>
        <translation>Neue Funktionen</translation>
    </message>
    <message>
        <source>Deploying New Features</source>
        <translation>Bereitstellung neuer Funktionen</translation>
    </message>
    <message>
        <source>The following table provides the list of features, that are not deployed automatically during the upgrade. These features must be deployed and configured manually after upgrading the Microsoft Office 365 Application. If you would like to get Professional Services assistance in deploying and configuring these features, please contact your Account Manager at Parallels.</source>
        <translation>Die folgende Tabelle listet die Funktionen auf, die beim Upgrade nicht automatisch bereitgestellt werden. Diese Funktionen müssen nach dem Upgrade der Microsoft Office 365 Application manuell bereitgestellt und konfiguriert werden. Wenn Sie dabei Unterstützung durch Professional Services wünschen, wenden Sie sich bitte an Ihren Account Manager bei Parallels.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Abnahme</translation>
    </message>
    <message>
        <source>Ability to Specify Custom Office 365 Subdomain Is Added</source>
        <translation>Angabe einer benutzerdefinierten Office 365-Subdomain ist jetzt möglich</translation>
    </message>
    <message>
        <source>See PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Finalizing Office 365 Application Deployment &gt; Configuring PBA for Custom Office 365 Subdomains.</source>
        <translation>Siehe PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Finalizing Office 365 Application Deployment &gt; Configuring PBA for Custom Office 365 Subdomains.</translation>
    </message>
    <message>
        <source>Synchronization with Microsoft Online Services Portal Is Supported</source>
        <translation>Synchronisierung mit dem Microsoft Online Services Portal wird unterstützt</translation>
    </message>
    <message>
        <source>Install and configure the synchronization script. See PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Finalizing Office 365 Application Deployment &gt; Synchronizing Changes Applied in Microsoft Online Services Portal to PA for details.</source>
        <translation>Installieren und konfigurieren Sie das Synchronisierungsskript. Einzelheiten siehe PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Finalizing Office 365 Application Deployment &gt; Synchronizing Changes Applied in Microsoft Online Services Portal to PA.</translation>
    </message>
    <message>
        <source>Office 365 Wave 15 Offers Are Supported</source>
        <translation>Office 365 Wave 15-Angebote werden unterstützt</translation>
    </message>
    <message>
        <source>Create Application Service Resource Types for new Office 365 offers. See PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Configuring Offers for details.</source>
        <translation>Legen Sie Application Service Resource Types für neue Office 365-Angebote an. Einzelheiten siehe PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Configuring Offers.</translation>
    </message>
    <message>
        <source>Improved Handling of Subscriptions</source>
        <translation>Verbesserte Verarbeitung von Abonnements</translation>
    </message>
    <message>
        <source>It is recommended to specify the Administrator&apos;s login for connecting to Microsoft Online and Administrator&apos;s password for connecting to Microsoft Online activation parameters in Application Resource Types. See PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Configuring Offers &gt; Creating Office 365 Application Resource Type for details.</source>
        <translation>Es wird empfohlen, in den Application Resource Types die Activation Parameters Administrator&apos;s login for connecting to Microsoft Online und Administrator&apos;s password for connecting to Microsoft Online anzugeben. Einzelheiten siehe PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Configuring Offers &gt; Creating Office 365 Application Resource Type.</translation>
    </message>
    <message>
        <source>Office 365 Gateway error message should be more informative in case when subscriptions have not been provisioned yet.</source>
        <translation>Die Fehlermeldung des Office 365 Gateway ist aussagekräftiger, wenn Abonnements noch nicht bereitgestellt wurden.</translation>
    </message>
    <message>
        <source>Incorrect MX records are created for Exchange Online.</source>
        <translation>Für Exchange Online werden falsche MX-Einträge angelegt.</translation>
    </message>
    <message>
        <source>MOSI sends 60k VerifyDomain requests to MS.</source>
        <translation>MOSI sendet 60.000 VerifyDomain-Anfragen an MS.</translation>
    </message>
    <message>
        <source>Integrate customizations into 4.x branch.</source>
        <translation>Anpassungen in den 4.x-Zweig integrieren.</translation>
    </message>
    <message>
        <source>Sometimes method get_mop_account does not report errors properly and synchronization script unprovides all Office 365 services from users.</source>
        <translation>Die Methode get_mop_account meldet Fehler manchmal nicht korrekt, und das Synchronisierungsskript entzieht den Benutzern alle Office 365-Dienste.</translation>
    </message>
    <message>
        <source>Log file is not created when synchronization script is executed.</source>
        <translation>Beim Ausführen des Synchronisierungsskripts wird keine Protokolldatei angelegt.</translation>
    </message>
    <message>
        <source>pem.activateSubscription works for several minutes because of database lock while providing several Office 365 services.</source>
        <translation>pem.activateSubscription läuft wegen einer Datenbanksperre mehrere Minuten, wenn mehrere Office 365-Dienste bereitgestellt werden.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>There is no stage &quot;%1&quot;. Stages: start, gateway, dispatcher, provisioning, paapp, features, signoff.</source>
        <translation>Es gibt keine Phase &quot;%1&quot;. Phasen: start, gateway, dispatcher, provisioning, paapp, features, signoff.</translation>
    </message>
    <message>
        <source>Gateway application %1</source>
        <translation>Gateway-Anwendung %1</translation>
    </message>
    <message>
        <source>Gateway application %1: %2</source>
        <translation>Gateway-Anwendung %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>Export the report of the session file SESSION.</source>
        <translation>Den Bericht der Sitzungsdatei SESSION exportieren.</translation>
    </message>
    <message>
        <source>Report formats: json, html, pdf (repeat or separate with commas; default all). The JSON is always written.</source>
        <translation>Berichtsformate: json, html, pdf (wiederholen oder mit Kommas trennen; Standard: alle). Das JSON wird immer geschrieben.</translation>
    </message>
    <message>
        <source>Where the report goes: a folder (named files inside) or a file base name. Default: the current folder.</source>
        <translation>Ziel des Berichts: ein Ordner (mit benannten Dateien darin) oder ein Dateibasisname. Standard: der aktuelle Ordner.</translation>
    </message>
    <message>
        <source>Export one stage only: start, gateway, dispatcher, provisioning, paapp, features or signoff.</source>
        <translation>Nur eine Phase exportieren: start, gateway, dispatcher, provisioning, paapp, features oder signoff.</translation>
    </message>
    <message>
        <source>Sign the report with the engineer&apos;s key from the keychain (created on first use).</source>
        <translation>Den Bericht mit dem Schlüssel des Technikers aus dem Schlüsselbund signieren (wird bei der ersten Verwendung erstellt).</translation>
    </message>
    <message>
        <source>Countersign a signed report as its reviewer (two-person sign-off): writes REPORT.json.review.sig and REPORT.review.pub.pem with the reviewer&apos;s key from the keychain. Needs --reviewer.</source>
        <translation>Einen signierten Bericht als Prüfer gegenzeichnen (Vier-Augen-Prinzip): schreibt REPORT.json.review.sig und REPORT.review.pub.pem mit dem Schlüssel des Prüfers aus dem Schlüsselbund. Erfordert --reviewer.</translation>
    </message>
    <message>
        <source>With --countersign: the reviewing engineer&apos;s name (whose key is used).</source>
        <translation>Mit --countersign: Name des prüfenden Technikers (dessen Schlüssel verwendet wird).</translation>
    </message>
    <message>
        <source>Give the reviewer&apos;s name with --reviewer NAME.
</source>
        <translation>Geben Sie den Namen des Prüfers mit --reviewer NAME an.
</translation>
    </message>
    <message>
        <source>Countersigned by %1, key fingerprint %2
</source>
        <translation>Gegengezeichnet von %1, Schlüssel-Fingerabdruck %2
</translation>
    </message>
    <message>
        <source>Nothing to do: give --export SESSION or --verify REPORT.json.
</source>
        <translation>Nichts zu tun: Geben Sie --export SESSION oder --verify REPORT.json an.
</translation>
    </message>
    <message>
        <source>Verify a signed report (REPORT.json with its .sig and .pub.pem beside it) against your trusted keys. Exit 0 valid and signed by trusted keys, 1 invalid, 2 unreadable, 3 the signatures hold but a key is not trusted.</source>
        <translation>Einen signierten Bericht (REPORT.json mit .sig und .pub.pem daneben) gegen Ihre vertrauenswürdigen Schlüssel prüfen. Exit-Code 0 gültig und von vertrauenswürdigen Schlüsseln signiert, 1 ungültig, 2 nicht lesbar, 3 die Signaturen stimmen, aber ein Schlüssel ist nicht vertrauenswürdig.</translation>
    </message>
    <message>
        <source>Print the trusted-keys line (public key and name) of NAME&apos;s report signing key from the keychain, created on first use, for the team&apos;s trusted-keys file.</source>
        <translation>Die Zeile (öffentlicher Schlüssel und Name) des Berichts-Signaturschlüssels von NAME aus dem Schlüsselbund ausgeben, beim ersten Mal erstellt, für die Datei der vertrauenswürdigen Schlüssel des Teams.</translation>
    </message>
    <message>
        <source>With --verify, --countersign or --review: the trusted-keys FILE (lines of &quot;KEY NAME&quot;); default %1.</source>
        <translation>Mit --verify, --countersign oder --review: die Datei FILE der vertrauenswürdigen Schlüssel (Zeilen „SCHLÜSSEL NAME“); Standard %1.</translation>
    </message>
    <message>
        <source>Give the engineer&apos;s name: --public-key NAME.
</source>
        <translation>Geben Sie den Namen des Technikers an: --public-key NAME.
</translation>
    </message>
    <message>
        <source>A new signing key was created and stored in the keychain.
</source>
        <translation>Ein neuer Signaturschlüssel wurde erstellt und im Schlüsselbund gespeichert.
</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256): %1
Add the line above to the team&apos;s trusted-keys file (yours: %2).
</source>
        <translation>Schlüssel-Fingerabdruck (SHA-256): %1
Fügen Sie die obige Zeile der Datei der vertrauenswürdigen Schlüssel des Teams hinzu (Ihre: %2).
</translation>
    </message>
    <message>
        <source>With --export --out NAME: replace a report of that name; its old signature and review files are removed first. Without it, an existing report is never overwritten.</source>
        <translation>Mit --export --out NAME: einen Bericht dieses Namens ersetzen; seine alten Signatur- und Prüfdateien werden zuerst entfernt. Ohne diese Option wird ein vorhandener Bericht nie überschrieben.</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Unknown report format &quot;%1&quot;; use json, html or pdf.</source>
        <translation>Unbekanntes Berichtsformat &quot;%1&quot;; verwenden Sie json, html oder pdf.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The report could not be signed (OpenSSL refused the key).</source>
        <translation>Der Bericht konnte nicht signiert werden (OpenSSL hat den Schlüssel abgelehnt).</translation>
    </message>
    <message>
        <source>The countersignature could not be made (no private key).</source>
        <translation>Die Gegenzeichnung konnte nicht erstellt werden (kein privater Schlüssel).</translation>
    </message>
    <message>
        <source>A report named %1 exists already (%2). Choose another name, or replace it with --force (its old signature and review files are removed).</source>
        <translation>Ein Bericht namens %1 existiert bereits (%2). Wählen Sie einen anderen Namen oder ersetzen Sie ihn mit --force (seine alten Signatur- und Prüfdateien werden entfernt).</translation>
    </message>
    <message>
        <source>Cannot remove the old %1 to replace the report. Check that it is writable.</source>
        <translation>Die alte Datei %1 kann nicht entfernt werden, um den Bericht zu ersetzen. Prüfen Sie, ob sie beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Evidence:</source>
        <translation>Nachweise:</translation>
    </message>
    <message>
        <source>Run at %1, %2 ms</source>
        <translation>Ausgeführt am %1, %2 ms</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>Confirmed by %1</source>
        <translation>Bestätigt von %1</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>Overridden:</source>
        <translation>Übersteuert:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Befehl:</translation>
    </message>
    <message>
        <source>Command not built: %1</source>
        <translation>Befehl nicht erstellt: %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Übersteuert</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Nicht zutreffend</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Office 365 Application upgrade report — %1 — %2</source>
        <translation>Upgrade-Bericht Office 365 Application — %1 — %2</translation>
    </message>
    <message>
        <source>TRAINING — practice session, not a real upgrade</source>
        <translation>SCHULUNG — Übungssitzung, kein echtes Upgrade</translation>
    </message>
    <message>
        <source>Office 365 Application upgrade report</source>
        <translation>Upgrade-Bericht Office 365 Application</translation>
    </message>
    <message>
        <source>KB %1 — the whole session</source>
        <translation>KB %1 — die gesamte Sitzung</translation>
    </message>
    <message>
        <source>KB %1 — stage report: %2</source>
        <translation>KB %1 — Phasenbericht: %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>PA version</source>
        <translation>PA-Version</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Anwendungsversion</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Paket</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Package SHA-256</source>
        <translation>SHA-256 des Pakets</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Single Office 365 Gateway Application</source>
        <translation>Single Office 365 Gateway Application</translation>
    </message>
    <message>
        <source>Separate Office 365 Gateway and Callbacks-Dispatcher</source>
        <translation>Getrennte Office 365 Gateway und Callbacks-Dispatcher</translation>
    </message>
    <message>
        <source>Tool version</source>
        <translation>Tool-Version</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>%1 — started %2, last change %3</source>
        <translation>%1 — begonnen %2, letzte Änderung %3</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Schulung</translation>
    </message>
    <message>
        <source>yes (TRAINING)</source>
        <translation>ja (SCHULUNG)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>SHA-256 of the report&apos;s JSON:</source>
        <translation>SHA-256 des Berichts-JSON:</translation>
    </message>
    <message>
        <source>Signed (Ed25519) by %1, key fingerprint:</source>
        <translation>Signiert (Ed25519) von %1, Schlüssel-Fingerabdruck:</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Nicht signiert.</translation>
    </message>
    <message>
        <source>KB section: %1</source>
        <translation>KB-Abschnitt: %1</translation>
    </message>
    <message>
        <source>Stage skipped:</source>
        <translation>Phase übersprungen:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>KB step</source>
        <translation>KB-Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>No new features between %1 and %2.</source>
        <translation>Keine neuen Funktionen zwischen %1 und %2.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>Deployed or deferred</source>
        <translation>Bereitgestellt oder zurückgestellt</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Signed off by %1.</source>
        <translation>Abgenommen von %1.</translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation>Noch nicht abgenommen.</translation>
    </message>
    <message>
        <source>Accepted certificate exceptions</source>
        <translation>Akzeptierte Zertifikatsausnahmen</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Keine.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Zertifikat</translation>
    </message>
    <message>
        <source>Why not trusted</source>
        <translation>Grund für fehlendes Vertrauen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Generated by %1 %2. Verify: openssl pkeyutl -verify -pubin -inkey NAME.pub.pem -rawin -in NAME.json -sigfile NAME.json.sig</source>
        <translation>Erstellt von %1 %2. Prüfen: openssl pkeyutl -verify -pubin -inkey NAME.pub.pem -rawin -in NAME.json -sigfile NAME.json.sig</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Sitzungsprotokoll</translation>
    </message>
    <message>
        <source>%1 — SHA-256 %2</source>
        <translation>%1 — SHA-256 %2</translation>
    </message>
    <message>
        <source>PA API over plain http</source>
        <translation>PA-API über unverschlüsseltes http</translation>
    </message>
    <message>
        <source>The PA API password and answers crossed the network unencrypted to these hosts, with the engineer&apos;s agreement.</source>
        <translation>Das PA-API-Passwort und die Antworten gingen unverschlüsselt über das Netz zu diesen Hosts, mit Zustimmung des Technikers.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Zugestimmt</translation>
    </message>
    <message>
        <source>DRAFT — not signed off: the engineer has not confirmed the sign-off of this upgrade</source>
        <translation>ENTWURF — nicht abgezeichnet: Der Techniker hat die Abnahme dieses Upgrades nicht bestätigt</translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>This is not a report of the O365 Upgrade Wizard (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Dies ist kein Bericht des O365 Upgrade Wizard (kein &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The report&apos;s schema %1 is not one this version (%2) can read.</source>
        <translation>Das Schema %1 des Berichts kann diese Version (%2) nicht lesen.</translation>
    </message>
    <message>
        <source>The report is not valid JSON (%1 at byte %2).</source>
        <translation>Der Bericht ist kein gültiges JSON (%1 bei Byte %2).</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>A PDF needs a QGuiApplication (run with QT_QPA_PLATFORM=offscreen on a server).</source>
        <translation>Ein PDF erfordert eine QGuiApplication (auf einem Server mit QT_QPA_PLATFORM=offscreen ausführen).</translation>
    </message>
    <message>
        <source>Office 365 Application upgrade report — %1 — %2</source>
        <translation>Upgrade-Bericht Office 365 Application — %1 — %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Office 365 Application upgrade report</source>
        <translation>Upgrade-Bericht Office 365 Application</translation>
    </message>
    <message>
        <source>Stage report: %1</source>
        <translation>Phasenbericht: %1</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>SCHULUNG</translation>
    </message>
    <message>
        <source>Signed, key %1</source>
        <translation>Signiert, Schlüssel %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht signiert</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>TRAINING · DRAFT</source>
        <translation>SCHULUNG · ENTWURF</translation>
    </message>
</context>
<context>
    <name>ReportReview</name>
    <message>
        <source>INVALID: the report changed while it was being opened; open it again.</source>
        <translation>UNGÜLTIG: Der Bericht wurde während des Öffnens geändert; öffnen Sie ihn erneut.</translation>
    </message>
    <message>
        <source>No countersignature yet.</source>
        <translation>Noch keine Gegenzeichnung.</translation>
    </message>
    <message>
        <source>%1 DRAFT: the engineer did not confirm the sign-off.</source>
        <translation>%1 ENTWURF: Der Techniker hat die Abnahme nicht bestätigt.</translation>
    </message>
</context>
<context>
    <name>ReportSigner</name>
    <message>
        <source>The stored signing key is not an Ed25519 private key in PEM form. %1</source>
        <translation>Der gespeicherte Signaturschlüssel ist kein privater Ed25519-Schlüssel im PEM-Format. %1</translation>
    </message>
    <message>
        <source>The public key is not an Ed25519 public key in PEM form. %1</source>
        <translation>Der öffentliche Schlüssel ist kein öffentlicher Ed25519-Schlüssel im PEM-Format. %1</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>The report is not signed or its signature files are missing: %1</source>
        <translation>Der Bericht ist nicht signiert, oder seine Signaturdateien fehlen: %1</translation>
    </message>
    <message>
        <source>INVALID: the signature does not match the report — it was changed after signing, or signed with another key.</source>
        <translation>UNGÜLTIG: Die Signatur passt nicht zum Bericht — er wurde nach dem Signieren geändert oder mit einem anderen Schlüssel signiert.</translation>
    </message>
    <message>
        <source>INVALID: the report&apos;s signature is valid, but the reviewer&apos;s countersignature is not.</source>
        <translation>UNGÜLTIG: Die Signatur des Berichts ist gültig, die Gegenzeichnung des Prüfers jedoch nicht.</translation>
    </message>
    <message>
        <source>The signature is valid, but the report cannot be read: %1</source>
        <translation>Die Signatur ist gültig, aber der Bericht kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>TRAINING: this report is from a training session, not a real upgrade.</source>
        <translation>SCHULUNG: Dieser Bericht stammt aus einer Übungssitzung, nicht aus einem echten Upgrade.</translation>
    </message>
    <message>
        <source>Customer: %1, case: %2</source>
        <translation>Kunde: %1, Fall: %2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>gültig</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>UNGÜLTIG</translation>
    </message>
    <message>
        <source>(unreadable key)</source>
        <translation>(Schlüssel nicht lesbar)</translation>
    </message>
    <message>
        <source>SHA-256 of the JSON: %1</source>
        <translation>SHA-256 des JSON: %1</translation>
    </message>
    <message>
        <source>INVALID: the countersignature was made with the signer&apos;s own key (%1); a two-person sign-off needs a second engineer&apos;s key.</source>
        <translation>UNGÜLTIG: Die Gegenzeichnung wurde mit dem eigenen Schlüssel des Unterzeichners erstellt (%1); eine Freigabe durch zwei Personen braucht den Schlüssel eines zweiten Technikers.</translation>
    </message>
    <message>
        <source>the signer&apos;s key %1</source>
        <translation>der Schlüssel des Unterzeichners %1</translation>
    </message>
    <message>
        <source>the reviewer&apos;s key %1</source>
        <translation>der Schlüssel des Prüfers %1</translation>
    </message>
    <message>
        <source>NOT TRUSTED: the signatures match the keys shipped beside the report, but %1 is NOT in your trusted keys, so nothing says who signed: anyone can sign an edited report with a new key. Ask the engineer for their key&apos;s fingerprint and add it to %2 (or give --trust FILE).</source>
        <translation>NICHT VERTRAUENSWÜRDIG: Die Signaturen passen zu den Schlüsseln neben dem Bericht, aber %1 ist NICHT unter Ihren vertrauenswürdigen Schlüsseln, also belegt nichts, wer signiert hat: Jeder kann einen geänderten Bericht mit einem neuen Schlüssel signieren. Fragen Sie den Techniker nach dem Fingerabdruck seines Schlüssels und tragen Sie ihn in %2 ein (oder geben Sie --trust FILE an).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>VALID: signed by %1 and countersigned by %2, both in your trusted keys; not changed since.</source>
        <translation>GÜLTIG: signiert von %1 und gegengezeichnet von %2, beide unter Ihren vertrauenswürdigen Schlüsseln; seitdem nicht geändert.</translation>
    </message>
    <message>
        <source>VALID: signed by %1, in your trusted keys; not changed since.</source>
        <translation>GÜLTIG: signiert von %1, unter Ihren vertrauenswürdigen Schlüsseln; seitdem nicht geändert.</translation>
    </message>
    <message>
        <source>Signing key (SHA-256): %1 — %2, %3</source>
        <translation>Signaturschlüssel (SHA-256): %1 — %2, %3</translation>
    </message>
    <message>
        <source>NOT in your trusted keys</source>
        <translation>NICHT unter Ihren vertrauenswürdigen Schlüsseln</translation>
    </message>
    <message>
        <source>trusted as %1</source>
        <translation>vertrauenswürdig als %1</translation>
    </message>
    <message>
        <source>The report names its engineer %1, signed off at %2 (what the report says, not proven by the key).</source>
        <translation>Der Bericht nennt als Techniker %1, freigegeben am %2 (so steht es im Bericht, durch den Schlüssel nicht belegt).</translation>
    </message>
    <message>
        <source>Note: the report names %1 as its engineer, but the key that signed it is %2&apos;s.</source>
        <translation>Hinweis: Der Bericht nennt %1 als Techniker, aber der signierende Schlüssel gehört %2.</translation>
    </message>
    <message>
        <source>Reviewer countersignature, key (SHA-256): %1 — %2, %3</source>
        <translation>Gegenzeichnung des Prüfers, Schlüssel (SHA-256): %1 — %2, %3</translation>
    </message>
    <message>
        <source>Trusted keys: %1 (%2 keys)</source>
        <translation>Vertrauenswürdige Schlüssel: %1 (%2 Schlüssel)</translation>
    </message>
    <message>
        <source>Trusted keys: none (%1 does not exist or is empty)</source>
        <translation>Vertrauenswürdige Schlüssel: keine (%1 existiert nicht oder ist leer)</translation>
    </message>
    <message>
        <source>SIGNED OFF: the engineer confirmed the sign-off (%1, %2).</source>
        <translation>ABGEZEICHNET: Der Techniker hat die Abnahme bestätigt (%1, %2).</translation>
    </message>
    <message>
        <source>DRAFT: the engineer did not confirm the sign-off; this is an unconfirmed draft, whatever its signature.</source>
        <translation>ENTWURF: Der Techniker hat die Abnahme nicht bestätigt; dies ist ein unbestätigter Entwurf, gleich wie seine Signatur ist.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Nothing is stored in the keychain for this entry yet.</source>
        <translation>Für diesen Eintrag ist noch nichts im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The keychain cannot be used (%1). Unlock the desktop keyring (or start one), or use the secret for this run only.</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden (%1). Entsperren Sie den Desktop-Schlüsselbund (oder starten Sie einen), oder verwenden Sie das Geheimnis nur für diesen Lauf.</translation>
    </message>
    <message>
        <source>Nothing is stored for this entry in this run.</source>
        <translation>Für diesen Eintrag ist in diesem Lauf nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>SessionJson</name>
    <message>
        <source>This file is not an O365 Upgrade Wizard session (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Diese Datei ist keine Sitzung des O365 Upgrade Wizard (kein &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The session has no valid schema version.</source>
        <translation>Die Sitzung hat keine gültige Schemaversion.</translation>
    </message>
    <message>
        <source>The session was written by a newer version of the wizard (schema %1; this version reads up to %2). Open it with that version, or update this one.</source>
        <translation>Die Sitzung wurde von einer neueren Version des Assistenten geschrieben (Schema %1; diese Version liest bis %2). Öffnen Sie sie mit jener Version, oder aktualisieren Sie diese.</translation>
    </message>
    <message>
        <source>The session has no id.</source>
        <translation>Die Sitzung hat keine ID.</translation>
    </message>
    <message>
        <source>A gateway application in the session has no id.</source>
        <translation>Eine Gateway-Anwendung in der Sitzung hat keine ID.</translation>
    </message>
    <message>
        <source>The session lists no gateway application.</source>
        <translation>Die Sitzung enthält keine Gateway-Anwendung.</translation>
    </message>
    <message>
        <source>The session is not in the expected form (edited by hand, or damaged): %1</source>
        <translation>Die Sitzung hat nicht die erwartete Form (von Hand bearbeitet oder beschädigt): %1</translation>
    </message>
</context>
<context>
    <name>SessionSchema</name>
    <message>
        <source>&quot;%1&quot; should be %2, not %3.</source>
        <translation>„%1“ sollte %2 sein, nicht %3.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>an ISO 8601 time such as 2026-11-24T10:00:00.000+01:00</source>
        <translation>eine ISO-8601-Zeit wie 2026-11-24T10:00:00.000+01:00</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>passed, warning, failed, skipped or error</source>
        <translation>passed, warning, failed, skipped oder error</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>&quot;%1/id&quot;: the gateway application id &quot;%2&quot; appears twice.</source>
        <translation>„%1/id“: Die Gateway-Anwendungs-ID „%2“ kommt zweimal vor.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a session file (a typo, or written by another version of the wizard); it would be lost on the next save.</source>
        <translation>„%1“ gehört nicht in eine Sitzungsdatei (ein Tippfehler oder von einer anderen Version des Assistenten geschrieben); es ginge beim nächsten Speichern verloren.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>&quot;%1/%2&quot;: host names are written in lower case in a session file.</source>
        <translation>„%1/%2“: Hostnamen stehen in einer Sitzungsdatei in Kleinbuchstaben.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names who confirmed it and when, but is not &quot;confirmed&quot;: true. To undo a confirmation, remove confirmedBy and confirmedAt as well.</source>
        <translation>„%1“ nennt, wer es wann bestätigt hat, ist aber nicht &quot;confirmed&quot;: true. Um eine Bestätigung zurückzunehmen, entfernen Sie auch confirmedBy und confirmedAt.</translation>
    </message>
    <message>
        <source>&quot;%1/justification&quot;: an override needs its justification; without one it would be dropped.</source>
        <translation>„%1/justification“: Eine Übersteuerung braucht ihre Begründung; ohne sie ginge sie verloren.</translation>
    </message>
    <message>
        <source>&quot;gatewayApplications&quot; lists %1 gateway applications; a session holds at most %2 (split the installation into several sessions).</source>
        <translation>„gatewayApplications“ führt %1 Gateway-Anwendungen auf; eine Sitzung fasst höchstens %2 (teilen Sie die Installation auf mehrere Sitzungen auf).</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>Cannot create the folder %1 for the session. Check that it is writable.</source>
        <translation>Der Ordner %1 für die Sitzung kann nicht angelegt werden. Prüfen Sie, ob er beschreibbar ist.</translation>
    </message>
    <message>
        <source>Cannot write the session file %1: %2</source>
        <translation>Die Sitzungsdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saving the session file %1 failed: %2. Your work is still in memory; free disk space and it will be saved on the next change.</source>
        <translation>Das Speichern der Sitzungsdatei %1 ist fehlgeschlagen: %2. Ihre Arbeit ist noch im Speicher; geben Sie Speicherplatz frei, dann wird sie bei der nächsten Änderung gespeichert.</translation>
    </message>
    <message>
        <source>The session file %1 does not exist.</source>
        <translation>Die Sitzungsdatei %1 existiert nicht.</translation>
    </message>
    <message>
        <source>The session file %1 is %2 MB, far larger than any session; it was not opened and is left as it is.</source>
        <translation>Die Sitzungsdatei %1 ist %2 MB groß, weit größer als jede Sitzung; sie wurde nicht geöffnet und bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cannot read the session file %1: %2</source>
        <translation>Die Sitzungsdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The session file %1 is empty. It was left as it is; start a new session or resume another.</source>
        <translation>Die Sitzungsdatei %1 ist leer. Sie bleibt unverändert; beginnen Sie eine neue Sitzung oder setzen Sie eine andere fort.</translation>
    </message>
    <message>
        <source>The session file %1 is damaged (%2 at byte %3). It was left as it is, so nothing in it is lost; start a new session, and keep the file for support.</source>
        <translation>Die Sitzungsdatei %1 ist beschädigt (%2 bei Byte %3). Sie bleibt unverändert, es geht also nichts verloren; beginnen Sie eine neue Sitzung und bewahren Sie die Datei für den Support auf.</translation>
    </message>
    <message>
        <source>Cannot open the session file %1: %2 The file was left as it is.</source>
        <translation>Die Sitzungsdatei %1 kann nicht geöffnet werden: %2 Die Datei bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cannot open the session file %1: &quot;%2&quot; appears twice, and only one of them could be kept. The file was left as it is.</source>
        <translation>Die Sitzungsdatei %1 kann nicht geöffnet werden: „%2“ kommt zweimal vor, und nur einer der Werte könnte behalten werden. Die Datei wurde unverändert gelassen.</translation>
    </message>
</context>
<context>
    <name>SetupCommand</name>
    <message>
        <source>a line break (%1)</source>
        <translation>einen Zeilenumbruch (%1)</translation>
    </message>
    <message>
        <source>a carriage return (%1)</source>
        <translation>einen Wagenrücklauf (%1)</translation>
    </message>
    <message>
        <source>a tab (%1)</source>
        <translation>einen Tabulator (%1)</translation>
    </message>
    <message>
        <source>a NUL character (%1)</source>
        <translation>ein NUL-Zeichen (%1)</translation>
    </message>
    <message>
        <source>a control character (%1)</source>
        <translation>ein Steuerzeichen (%1)</translation>
    </message>
    <message>
        <source>a line separator (%1)</source>
        <translation>ein Zeilentrennzeichen (%1)</translation>
    </message>
    <message>
        <source>an invisible formatting character (%1)</source>
        <translation>ein unsichtbares Formatierungszeichen (%1)</translation>
    </message>
    <message>
        <source>an invalid character (%1)</source>
        <translation>ein ungültiges Zeichen (%1)</translation>
    </message>
    <message>
        <source>The %1 is empty: enter it, for example %2.</source>
        <translation>Das Feld %1 ist leer: Geben Sie einen Wert ein, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>The %1 contains %2. Type the value again or copy it once more from its source, without line breaks or hidden characters.</source>
        <translation>Das Feld %1 enthält %2. Geben Sie den Wert erneut ein oder kopieren Sie ihn noch einmal aus der Quelle, ohne Zeilenumbrüche oder verborgene Zeichen.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; has a prefix length (%3). Enter the address alone, for example %4.</source>
        <translation>Der Wert &quot;%2&quot; (%1) enthält eine Präfixlänge (%3). Geben Sie nur die Adresse ein, zum Beispiel %4.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; has a port (%3). Enter the address alone, for example %4.</source>
        <translation>Der Wert &quot;%2&quot; (%1) enthält einen Port (%3). Geben Sie nur die Adresse ein, zum Beispiel %4.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; has a zone index (%3). IIS bindings have none: enter the address without it.</source>
        <translation>Der Wert &quot;%2&quot; (%1) enthält einen Zonenindex (%3). IIS-Bindungen haben keinen: Geben Sie die Adresse ohne ihn ein.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not an IP address. Enter the IPv4 or IPv6 address that the gateway host name resolves to (not the host name), for example %3.</source>
        <translation>Der Wert &quot;%2&quot; (%1) ist keine IP-Adresse. Geben Sie die IPv4- oder IPv6-Adresse ein, in die der Gateway-Hostname aufgelöst wird (nicht den Hostnamen), zum Beispiel %3.</translation>
    </message>
    <message>
        <source>Write the %1 as four decimal numbers without leading zeros, for example %2: &quot;%3&quot; would be read as %4.</source>
        <translation>Schreiben Sie den Wert (%1) als vier Dezimalzahlen ohne führende Nullen, zum Beispiel %2: &quot;%3&quot; würde als %4 gelesen.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; stands for all addresses. Enter the address the gateway host name resolves to, for example %3.</source>
        <translation>Der Wert &quot;%2&quot; (%1) steht für alle Adressen. Geben Sie die Adresse ein, in die der Gateway-Hostname aufgelöst wird, zum Beispiel %3.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains &quot;/&quot; or &quot;\&quot;. Enter the application&apos;s name only, as it appears in the URL between the host name and the next &quot;/&quot;, for example %3.</source>
        <translation>Der Wert &quot;%2&quot; (%1) enthält &quot;/&quot; oder &quot;\&quot;. Geben Sie nur den Namen der Anwendung ein, wie er in der URL zwischen Hostname und nächstem &quot;/&quot; steht, zum Beispiel %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an application name. Enter the %2, for example %3.</source>
        <translation>&quot;%1&quot; ist kein Anwendungsname. Geben Sie Folgendes ein: %2, zum Beispiel %3.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not an absolute URL. Enter it in full, for example %3, or leave it empty to keep the installed setting.</source>
        <translation>Der Wert &quot;%2&quot; (%1) ist keine absolute URL. Geben Sie sie vollständig ein, zum Beispiel %3, oder lassen Sie das Feld leer, um die installierte Einstellung beizubehalten.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; must use https://, not %3://, for example %4.</source>
        <translation>Der Wert &quot;%2&quot; (%1) muss https:// verwenden, nicht %3://, zum Beispiel %4.</translation>
    </message>
    <message>
        <source>site name (-SiteName)</source>
        <translation>Site-Name (-SiteName)</translation>
    </message>
    <message>
        <source>IP address (-IPAddress)</source>
        <translation>IP-Adresse (-IPAddress)</translation>
    </message>
    <message>
        <source>Office 365 Gateway Application name (-GatewayAppName)</source>
        <translation>Name der Office 365 Gateway Application (-GatewayAppName)</translation>
    </message>
    <message>
        <source>Office 365 Callbacks-Dispatcher Application name (-DispatcherAppName)</source>
        <translation>Name der Office 365 Callbacks-Dispatcher Application (-DispatcherAppName)</translation>
    </message>
    <message>
        <source>MOSI base URL (-MOSIBaseURL)</source>
        <translation>MOSI-Basis-URL (-MOSIBaseURL)</translation>
    </message>
    <message>
        <source>MOSI billing ID (-MOSIBillingID)</source>
        <translation>MOSI-Abrechnungs-ID (-MOSIBillingID)</translation>
    </message>
    <message>
        <source>MOSI client certificate subject (-MOSIClientCertSubject)</source>
        <translation>Antragsteller des MOSI-Clientzertifikats (-MOSIClientCertSubject)</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>Signing refused: no keychain is available to keep the private signing key (%1). The report can still be exported unsigned; it will say &quot;not signed&quot;. Unlock or start the system keychain (Secret Service) and export again to sign it.</source>
        <translation>Signieren abgelehnt: Es ist kein Schlüsselbund verfügbar, der den privaten Signaturschlüssel aufbewahren kann (%1). Der Bericht kann weiterhin unsigniert exportiert werden; er ist dann als &quot;nicht signiert&quot; gekennzeichnet. Entsperren oder starten Sie den Systemschlüsselbund (Secret Service) und exportieren Sie erneut, um ihn zu signieren.</translation>
    </message>
    <message>
        <source>this run has no keychain</source>
        <translation>dieser Lauf hat keinen Schlüsselbund</translation>
    </message>
    <message>
        <source>Signing refused: the session names no engineer. Enter the engineer on the Start page.</source>
        <translation>Signieren abgelehnt: Die Sitzung nennt keinen Techniker. Geben Sie den Techniker auf der Startseite ein.</translation>
    </message>
    <message>
        <source>Signing refused: the signing key stored in the keychain under &quot;%1&quot; cannot be read (%2). Remove it from the keychain to have a new one created.</source>
        <translation>Signieren abgelehnt: Der im Schlüsselbund unter &quot;%1&quot; gespeicherte Signaturschlüssel kann nicht gelesen werden (%2). Entfernen Sie ihn aus dem Schlüsselbund, damit ein neuer erstellt wird.</translation>
    </message>
    <message>
        <source>Signing refused: the keychain could not be read (%1).</source>
        <translation>Signieren abgelehnt: Der Schlüsselbund konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <source>Signing refused: OpenSSL could not create an Ed25519 key.</source>
        <translation>Signieren abgelehnt: OpenSSL konnte keinen Ed25519-Schlüssel erstellen.</translation>
    </message>
    <message>
        <source>Signing refused: the new signing key could not be stored in the keychain (%1).</source>
        <translation>Signieren abgelehnt: Der neue Signaturschlüssel konnte nicht im Schlüsselbund gespeichert werden (%1).</translation>
    </message>
</context>
<context>
    <name>StageDefinition</name>
    <message>
        <source>The value must be on one line.</source>
        <translation>Der Wert muss in einer Zeile stehen.</translation>
    </message>
</context>
<context>
    <name>StatusIcons</name>
    <message>
        <source>○ Not run:</source>
        <translation>○ Nicht ausgeführt:</translation>
    </message>
    <message>
        <source>… Running:</source>
        <translation>… Läuft:</translation>
    </message>
    <message>
        <source>✔ Passed:</source>
        <translation>✔ Bestanden:</translation>
    </message>
    <message>
        <source>⚠ Warning:</source>
        <translation>⚠ Warnung:</translation>
    </message>
    <message>
        <source>✖ Failed:</source>
        <translation>✖ Fehlgeschlagen:</translation>
    </message>
    <message>
        <source>– Skipped:</source>
        <translation>– Übersprungen:</translation>
    </message>
</context>
<context>
    <name>StepListWidget</name>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>Dispatcher</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisioning</translation>
    </message>
    <message>
        <source>PA Application</source>
        <translation>PA-Anwendung</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
</context>
<context>
    <name>TlsEvidence</name>
    <message numerus="yes">
        <source>The certificate expires in %n day(s), on %1: plan its renewal.</source>
        <translation>
            <numerusform>Das Zertifikat läuft in %n Tag ab, am %1: Planen Sie seine Erneuerung.</numerusform>
            <numerusform>Das Zertifikat läuft in %n Tagen ab, am %1: Planen Sie seine Erneuerung.</numerusform>
        </translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>das Zertifikat ist am %1 abgelaufen</translation>
    </message>
    <message>
        <source>the certificate is valid only from %1 (check this computer&apos;s clock too)</source>
        <translation>das Zertifikat ist erst ab %1 gültig (prüfen Sie auch die Uhr dieses Computers)</translation>
    </message>
    <message>
        <source>the certificate is for %1, not for %2</source>
        <translation>das Zertifikat gilt für %1, nicht für %2</translation>
    </message>
    <message>
        <source>the certificate is self-signed (issued by nobody this computer trusts)</source>
        <translation>das Zertifikat ist selbstsigniert (von niemandem ausgestellt, dem dieser Computer vertraut)</translation>
    </message>
    <message>
        <source>the certificate was issued by &quot;%1&quot;, an authority this computer does not trust</source>
        <translation>das Zertifikat wurde von &quot;%1&quot; ausgestellt, einer Zertifizierungsstelle, der dieser Computer nicht vertraut</translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation>das Zertifikat wurde widerrufen</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>The new package requires POA 5.4.4 or later, but it is only imported into PA on the PA Application page, after the gateway hosts have been upgraded. Checking the version first avoids upgrading the gateways and only then finding that PA cannot take the package.</source>
        <translation>Das neue Paket erfordert POA 5.4.4 oder neuer, wird aber erst auf der Seite PA-Anwendung in PA importiert, nachdem die Gateway-Hosts aktualisiert wurden. Wer die Version zuerst prüft, vermeidet es, die Gateways zu aktualisieren und erst dann festzustellen, dass PA das Paket nicht annehmen kann.</translation>
    </message>
    <message>
        <source>One gateway host can carry several Office 365 Gateway Applications, and PA may use more than one of them. Each must be identified and upgraded on its own: one left on the old version keeps serving its part of the installation with the old code.</source>
        <translation>Ein Gateway-Host kann mehrere Office 365 Gateway Applications tragen, und PA kann mehr als eine davon verwenden. Jede muss einzeln ermittelt und aktualisiert werden: Eine auf der alten Version belassene bedient ihren Teil der Installation weiter mit dem alten Code.</translation>
    </message>
    <message>
        <source>The gateway application to upgrade is the one PA actually sends its requests to, and only PA&apos;s own configuration says which one that is. Steps 1a to 1d lead to that setting; do not rely on memory or old documentation.</source>
        <translation>Zu aktualisieren ist die Gateway-Anwendung, an die PA seine Anfragen tatsächlich sendet, und nur die Konfiguration von PA selbst sagt, welche das ist. Die Schritte 1a bis 1d führen zu dieser Einstellung; verlassen Sie sich nicht auf Ihr Gedächtnis oder alte Dokumentation.</translation>
    </message>
    <message>
        <source>The gateway address is configured on the Office 365 Application&apos;s resource types, so open the application that is being upgraded. With several Office 365 applications, the wrong one may point at a different gateway application.</source>
        <translation>Die Gateway-Adresse ist in den Resource Types der Office 365 Application konfiguriert; öffnen Sie daher die Anwendung, die aktualisiert wird. Bei mehreren Office 365-Anwendungen kann die falsche auf eine andere Gateway-Anwendung verweisen.</translation>
    </message>
    <message>
        <source>The &apos;Office 365 Application&apos; resource type holds the global settings that tell PA how to reach the gateway. If there are several such resource types, each may point at its own gateway application, and each of those needs upgrading.</source>
        <translation>Der Resource Type &apos;Office 365 Application&apos; enthält die globalen Einstellungen, die PA sagen, wie das Gateway erreicht wird. Gibt es mehrere solcher Resource Types, kann jeder auf seine eigene Gateway-Anwendung verweisen, und jede davon muss aktualisiert werden.</translation>
    </message>
    <message>
        <source>The URL for MOSI Connector is a global setting among the activation parameters. Reading it here gives the value PA really uses, not what someone remembers.</source>
        <translation>Die URL for MOSI Connector ist eine globale Einstellung unter den Activation Parameters. Hier abgelesen, ist sie der Wert, den PA wirklich verwendet, nicht der, an den sich jemand erinnert.</translation>
    </message>
    <message>
        <source>This URL is where PA sends Office 365 requests: its host name says which gateway host and its path which gateway application. Copy it exactly; upgrading any other application leaves the one PA uses on the old version.</source>
        <translation>An diese URL sendet PA die Office 365-Anfragen: Ihr Hostname nennt den Gateway-Host, ihr Pfad die Gateway-Anwendung. Kopieren Sie sie exakt; wird eine andere Anwendung aktualisiert, bleibt die von PA verwendete auf der alten Version.</translation>
    </message>
    <message>
        <source>The host name and application name taken from the URL are the keys for the rest of the stage: the host name leads to the IP address and the IIS site (steps 1g and 4), and the application name selects the application (step 5) and is passed to setup.ps1 as -GatewayAppName.</source>
        <translation>Host- und Anwendungsname aus der URL sind die Schlüssel für den Rest der Phase: Der Hostname führt zur IP-Adresse und zur IIS-Site (Schritte 1g und 4), der Anwendungsname wählt die Anwendung aus (Schritt 5) und wird setup.ps1 als -GatewayAppName übergeben.</translation>
    </message>
    <message>
        <source>PA connects to whatever IP address the host name resolves to via DNS, and that IP is how the right IIS site is found at step 4 and what setup.ps1 gets as -IPAddress. If DNS does not resolve or points to another machine, stop: you would upgrade a site PA does not use.</source>
        <translation>PA verbindet sich mit der IP-Adresse, in die der Hostname per DNS aufgelöst wird; über diese IP wird in Schritt 4 die richtige IIS-Site gefunden, und setup.ps1 erhält sie als -IPAddress. Löst DNS nicht auf oder verweist auf einen anderen Rechner, halten Sie an: Sie würden eine Site aktualisieren, die PA nicht verwendet.</translation>
    </message>
    <message>
        <source>IIS Manager and setup.ps1 are run on the gateway host itself, and changing IIS sites and applications needs administrator rights. Log on to the host the URL names; on another host you would upgrade the wrong machine.</source>
        <translation>IIS-Manager und setup.ps1 werden auf dem Gateway-Host selbst ausgeführt, und Änderungen an IIS-Sites und -Anwendungen erfordern Administratorrechte. Melden Sie sich an dem Host an, den die URL nennt; auf einem anderen Host würden Sie den falschen Rechner aktualisieren.</translation>
    </message>
    <message>
        <source>IIS Manager shows the sites with their IP bindings and the applications inside them, which is how the gateway application PA uses is found on a host that may run several.</source>
        <translation>Der IIS-Manager zeigt die Sites mit ihren IP-Bindungen und den darin enthaltenen Anwendungen; so wird auf einem Host, der mehrere betreiben kann, die von PA verwendete Gateway-Anwendung gefunden.</translation>
    </message>
    <message>
        <source>The site bound to the IP address from step 1g is the one that receives PA&apos;s requests. Its name and IP are exactly what setup.ps1 needs as -SiteName and -IPAddress; a site chosen by its name alone may be another site on the same host.</source>
        <translation>Die an die IP-Adresse aus Schritt 1g gebundene Site empfängt die Anfragen von PA. Ihr Name und ihre IP sind genau das, was setup.ps1 als -SiteName und -IPAddress benötigt; eine nur nach dem Namen gewählte Site kann eine andere Site auf demselben Host sein.</translation>
    </message>
    <message>
        <source>A site can hold several applications (other gateway applications, the Callbacks-Dispatcher). Only the one named in the URL for MOSI Connector is the application PA uses at this point.</source>
        <translation>Eine Site kann mehrere Anwendungen enthalten (weitere Gateway-Anwendungen, den Callbacks-Dispatcher). Nur die in der URL for MOSI Connector genannte ist die Anwendung, die PA an dieser Stelle verwendet.</translation>
    </message>
    <message>
        <source>Explore opens the application&apos;s root directory on disk, so you see what is really installed there rather than trusting the name shown in IIS Manager.</source>
        <translation>Durchsuchen (Explore) öffnet das Stammverzeichnis der Anwendung auf dem Datenträger; so sehen Sie, was dort wirklich installiert ist, statt dem im IIS-Manager angezeigten Namen zu vertrauen.</translation>
    </message>
    <message>
        <source>SubscriptionEvents.svc is the file that marks an Office 365 Gateway Application. If it is there, you have the right application; if not, you may be about to run setup.ps1 against something else.</source>
        <translation>SubscriptionEvents.svc ist die Datei, die eine Office 365 Gateway Application kennzeichnet. Ist sie vorhanden, haben Sie die richtige Anwendung; wenn nicht, wären Sie im Begriff, setup.ps1 auf etwas anderes anzuwenden.</translation>
    </message>
    <message>
        <source>Without SubscriptionEvents.svc, this is either not a gateway application or an installation that differs from what the package expects. Stop and contact Parallels support: running setup.ps1 anyway can overwrite an unrelated application or break the gateway for every customer.</source>
        <translation>Ohne SubscriptionEvents.svc ist dies entweder keine Gateway-Anwendung oder eine Installation, die von den Erwartungen des Pakets abweicht. Halten Sie an und wenden Sie sich an den Parallels-Support: setup.ps1 trotzdem auszuführen kann eine fremde Anwendung überschreiben oder das Gateway für alle Kunden beschädigen.</translation>
    </message>
    <message>
        <source>setup.ps1 upgrades the application locally, so the package has to be on the gateway host. Use the package version you are upgrading to, the same one that will be imported into PA later.</source>
        <translation>setup.ps1 aktualisiert die Anwendung lokal, daher muss das Paket auf dem Gateway-Host liegen. Verwenden Sie die Paketversion, auf die Sie aktualisieren — dieselbe, die später in PA importiert wird.</translation>
    </message>
    <message>
        <source>The web applications and setup.ps1 are not in the package directly but in O365-Web.zip inside it, so that archive has to be taken out first.</source>
        <translation>Die Webanwendungen und setup.ps1 liegen nicht direkt im Paket, sondern in der darin enthaltenen O365-Web.zip; dieses Archiv muss daher zuerst extrahiert werden.</translation>
    </message>
    <message>
        <source>setup.ps1 installs the files that come with it, so O365-Web.zip must be unpacked completely. A partial or failed extraction gives an incomplete upgrade.</source>
        <translation>setup.ps1 installiert die mitgelieferten Dateien, daher muss O365-Web.zip vollständig entpackt werden. Ein teilweises oder fehlgeschlagenes Entpacken führt zu einem unvollständigen Upgrade.</translation>
    </message>
    <message>
        <source>setup.ps1 is a PowerShell script that works with the files next to it, so run it from the directory holding the unpacked O365-Web.zip, in a console with administrator rights.</source>
        <translation>setup.ps1 ist ein PowerShell-Skript, das mit den Dateien daneben arbeitet; führen Sie es daher aus dem Verzeichnis mit der entpackten O365-Web.zip aus, in einer Konsole mit Administratorrechten.</translation>
    </message>
    <message>
        <source>The three values tell setup.ps1 exactly which site, IP and application to upgrade; use the ones written down at steps 4 and 1f, since a typo upgrades the wrong one or fails. The script changes the live application and the KB gives no way back, so back up its directory first.</source>
        <translation>Die drei Werte sagen setup.ps1 genau, welche Site, IP und Anwendung zu aktualisieren sind; verwenden Sie die in den Schritten 4 und 1f notierten, denn ein Tippfehler aktualisiert die falsche oder schlägt fehl. Das Skript ändert die laufende Anwendung, und die KB beschreibt keinen Weg zurück; sichern Sie daher zuerst ihr Verzeichnis.</translation>
    </message>
    <message>
        <source>Without these options the installed MOSI settings stay as they are, which is what an upgrade normally wants. Use them only to change a setting on purpose: a wrong value affects both the Gateway and the Callbacks-Dispatcher Applications.</source>
        <translation>Ohne diese Optionen bleiben die installierten MOSI-Einstellungen unverändert, was bei einem Upgrade normalerweise gewünscht ist. Verwenden Sie sie nur, um eine Einstellung bewusst zu ändern: Ein falscher Wert wirkt sich auf die Gateway- und die Callbacks-Dispatcher-Anwendung aus.</translation>
    </message>
    <message>
        <source>In the Single Office 365 Gateway Application topology there is no separate Callbacks-Dispatcher Application to upgrade. In the other topologies it is a separate application, and skipping this stage leaves it on the old version.</source>
        <translation>In der Topologie Single Office 365 Gateway Application gibt es keine separate Callbacks-Dispatcher Application zu aktualisieren. In den anderen Topologien ist sie eine eigene Anwendung, und wird diese Phase übersprungen, bleibt sie auf der alten Version.</translation>
    </message>
    <message>
        <source>The URL in the syndication agreement is the address you gave Microsoft, so it names the Callbacks-Dispatcher Application Microsoft actually calls. Take it from the agreement, not from IIS: another application of similar name may exist.</source>
        <translation>Die URL in der Syndication-Vereinbarung ist die Adresse, die Sie Microsoft genannt haben; sie bezeichnet also die Callbacks-Dispatcher Application, die Microsoft tatsächlich aufruft. Entnehmen Sie sie der Vereinbarung, nicht IIS: Es kann eine andere Anwendung mit ähnlichem Namen geben.</translation>
    </message>
    <message>
        <source>The host name leads to the IP address and the IIS site (steps 1c and 4), and the application name selects the application (step 5) and is passed to setup.ps1 as -DispatcherAppName.</source>
        <translation>Der Hostname führt zur IP-Adresse und zur IIS-Site (Schritte 1c und 4), der Anwendungsname wählt die Anwendung aus (Schritt 5) und wird setup.ps1 als -DispatcherAppName übergeben.</translation>
    </message>
    <message>
        <source>Microsoft reaches the dispatcher at the IP address the host name resolves to via DNS; that IP finds the right IIS site at step 4 and is setup.ps1&apos;s -IPAddress. If it does not resolve or points elsewhere, stop and find out why.</source>
        <translation>Microsoft erreicht den Dispatcher unter der IP-Adresse, in die der Hostname per DNS aufgelöst wird; über diese IP wird in Schritt 4 die richtige IIS-Site gefunden, und sie ist -IPAddress für setup.ps1. Wird der Name nicht aufgelöst oder zeigt er woandershin, halten Sie an und klären Sie die Ursache.</translation>
    </message>
    <message>
        <source>The dispatcher is upgraded on its own gateway host with IIS Manager and setup.ps1, which need administrator rights. Log on to the host the agreement&apos;s URL names.</source>
        <translation>Der Dispatcher wird auf seinem eigenen Gateway-Host mit IIS-Manager und setup.ps1 aktualisiert, die Administratorrechte benötigen. Melden Sie sich an dem Host an, den die URL der Vereinbarung nennt.</translation>
    </message>
    <message>
        <source>IIS Manager shows the sites with their IP bindings and the applications inside them, which is how the dispatcher is told apart from gateway applications on the same host.</source>
        <translation>Der IIS-Manager zeigt die Sites mit ihren IP-Bindungen und den darin enthaltenen Anwendungen; so wird der Dispatcher von Gateway-Anwendungen auf demselben Host unterschieden.</translation>
    </message>
    <message>
        <source>The site bound to the IP address from step 1c is the one Microsoft&apos;s calls arrive at. Its name and IP are what setup.ps1 needs as -SiteName and -IPAddress.</source>
        <translation>Bei der an die IP-Adresse aus Schritt 1c gebundenen Site kommen die Aufrufe von Microsoft an. Ihr Name und ihre IP sind das, was setup.ps1 als -SiteName und -IPAddress benötigt.</translation>
    </message>
    <message>
        <source>The same site may also hold gateway applications. Only the application named in the agreement&apos;s URL is the Callbacks-Dispatcher Application Microsoft calls.</source>
        <translation>Dieselbe Site kann auch Gateway-Anwendungen enthalten. Nur die in der URL der Vereinbarung genannte Anwendung ist die Callbacks-Dispatcher Application, die Microsoft aufruft.</translation>
    </message>
    <message>
        <source>Callbacks.svc is the file that marks an Office 365 Callbacks-Dispatcher Application. If it is missing, this is not the dispatcher, however it is named.</source>
        <translation>Callbacks.svc ist die Datei, die eine Office 365 Callbacks-Dispatcher Application kennzeichnet. Fehlt sie, ist dies nicht der Dispatcher, wie auch immer die Anwendung heißt.</translation>
    </message>
    <message>
        <source>Without Callbacks.svc, this is not the dispatcher the package expects. Stop and contact Parallels support: setup.ps1 run against the wrong application can break it, and Microsoft&apos;s calls would still reach the old dispatcher.</source>
        <translation>Ohne Callbacks.svc ist dies nicht der Dispatcher, den das Paket erwartet. Halten Sie an und wenden Sie sich an den Parallels-Support: setup.ps1 auf die falsche Anwendung angewendet kann sie beschädigen, und die Aufrufe von Microsoft würden weiterhin den alten Dispatcher erreichen.</translation>
    </message>
    <message>
        <source>setup.ps1 upgrades the application locally, so the package has to be on this gateway host too. Use the same package version as for the gateway applications.</source>
        <translation>setup.ps1 aktualisiert die Anwendung lokal, daher muss das Paket auch auf diesem Gateway-Host liegen. Verwenden Sie dieselbe Paketversion wie für die Gateway-Anwendungen.</translation>
    </message>
    <message>
        <source>Here setup.ps1 gets -DispatcherAppName, not -GatewayAppName: it upgrades the Callbacks-Dispatcher Application named at step 1b, on the site and IP from step 4. The script changes the live application and the KB gives no way back, so back up its directory first.</source>
        <translation>Hier erhält setup.ps1 -DispatcherAppName, nicht -GatewayAppName: Es aktualisiert die in Schritt 1b genannte Callbacks-Dispatcher Application auf der Site und IP aus Schritt 4. Das Skript ändert die laufende Anwendung, und die KB beschreibt keinen Weg zurück; sichern Sie daher zuerst ihr Verzeichnis.</translation>
    </message>
    <message>
        <source>Without these options the installed MOSI settings stay as they are. Use them only to change a setting on purpose: a wrong value affects both the Gateway and the Callbacks-Dispatcher Applications.</source>
        <translation>Ohne diese Optionen bleiben die installierten MOSI-Einstellungen unverändert. Verwenden Sie sie nur, um eine Einstellung bewusst zu ändern: Ein falscher Wert wirkt sich auf die Gateway- und die Callbacks-Dispatcher-Anwendung aus.</translation>
    </message>
    <message>
        <source>Microsoft calls exactly the URL in the agreement. If that URL ends in SubscriptionEvents.svc, the dispatcher must answer under that file name, or Microsoft&apos;s calls fail after the upgrade. If the agreement&apos;s URL has no file name, nothing is needed here.</source>
        <translation>Microsoft ruft genau die URL aus der Vereinbarung auf. Endet diese URL auf SubscriptionEvents.svc, muss der Dispatcher unter diesem Dateinamen antworten, sonst schlagen die Aufrufe von Microsoft nach dem Upgrade fehl. Enthält die URL der Vereinbarung keinen Dateinamen, ist hier nichts zu tun.</translation>
    </message>
    <message>
        <source>The copy belongs in the Callbacks-Dispatcher Application, the one Microsoft calls, not in a gateway application on the same host.</source>
        <translation>Die Kopie gehört in die Callbacks-Dispatcher Application, die Microsoft aufruft, nicht in eine Gateway-Anwendung auf demselben Host.</translation>
    </message>
    <message>
        <source>Explore opens the dispatcher&apos;s root directory, where Callbacks.svc is and where the copy has to be made.</source>
        <translation>Durchsuchen (Explore) öffnet das Stammverzeichnis des Dispatchers, in dem Callbacks.svc liegt und in dem die Kopie angelegt werden muss.</translation>
    </message>
    <message>
        <source>The copy lets the URL Microsoft knows, ending in SubscriptionEvents.svc, answer with the dispatcher&apos;s service. Copy, do not rename: Callbacks.svc has to stay, as it is the dispatcher&apos;s own service file.</source>
        <translation>Durch die Kopie antwortet die Microsoft bekannte URL, die auf SubscriptionEvents.svc endet, mit dem Dienst des Dispatchers. Kopieren, nicht umbenennen: Callbacks.svc muss erhalten bleiben, da es die eigene Dienstdatei des Dispatchers ist.</translation>
    </message>
    <message>
        <source>The provisioning scripts run on the Provisioning Gateway Host, so the PEAR packages they need must be installed there; installing them on any other host does not help.</source>
        <translation>Die Provisioning-Skripte laufen auf dem Provisioning Gateway Host, daher müssen die benötigten PEAR-Pakete dort installiert sein; eine Installation auf einem anderen Host hilft nicht.</translation>
    </message>
    <message>
        <source>From PA Office 365 Integration 4.0 on, the provisioning scripts use the HTTP_Request2 PEAR Package. Without it, provisioning operations of upgraded instances fail; pear list shows whether it is installed, and pear install HTTP_Request2 adds it.</source>
        <translation>Ab PA Office 365 Integration 4.0 verwenden die Provisioning-Skripte das PEAR-Paket HTTP_Request2. Ohne es schlagen Provisioning-Vorgänge aktualisierter Instanzen fehl; pear list zeigt, ob es installiert ist, und pear install HTTP_Request2 installiert es.</translation>
    </message>
    <message>
        <source>Instances older than 4.0 still run the old provisioning scripts, which use the older HTTP_Request PEAR Package, not HTTP_Request2. As long as such instances exist, HTTP_Request must stay installed, or their provisioning operations fail.</source>
        <translation>Instanzen älter als 4.0 verwenden noch die alten Provisioning-Skripte, die das ältere PEAR-Paket HTTP_Request nutzen, nicht HTTP_Request2. Solange es solche Instanzen gibt, muss HTTP_Request installiert bleiben, sonst schlagen ihre Provisioning-Vorgänge fehl.</translation>
    </message>
    <message>
        <source>HTTP_Request2 can only be installed with the latest PEAR, so pear install HTTP_Request2 may fail on an outdated PEAR. go-pear.phar installs or upgrades PEAR; run it first, then install the package again.</source>
        <translation>HTTP_Request2 lässt sich nur mit der neuesten PEAR-Version installieren, daher kann pear install HTTP_Request2 bei einem veralteten PEAR fehlschlagen. go-pear.phar installiert oder aktualisiert PEAR; führen Sie es zuerst aus und installieren Sie dann das Paket erneut.</translation>
    </message>
    <message>
        <source>PA can only upgrade instances to a package version it has imported. Import the same package version that was installed on the gateway hosts, so that PA and the gateways run the same release.</source>
        <translation>PA kann Instanzen nur auf eine Paketversion aktualisieren, die importiert wurde. Importieren Sie dieselbe Paketversion, die auf den Gateway-Hosts installiert wurde, damit PA und die Gateways dasselbe Release verwenden.</translation>
    </message>
    <message>
        <source>Autoprovisioning set to Yes makes PA provide the &quot;Administration&quot; application service automatically. The KB asks for it before the bulk upgrade of step 3, so that the upgraded instances get that service on their own; with No, they may be left without it and need it provided by hand.</source>
        <translation>Mit Autoprovisioning = Yes stellt PA den Application service &quot;Administration&quot; automatisch bereit. Die KB verlangt dies vor dem Massen-Upgrade in Schritt 3, damit die aktualisierten Instanzen diesen Dienst selbständig erhalten; bei No fehlt er ihnen möglicherweise und muss manuell bereitgestellt werden.</translation>
    </message>
    <message>
        <source>Importing the package does not change existing subscriptions; only the bulk upgrade moves their application instances to the new version. Instances left behind keep the old code, without the fixes listed in the KB, and still need the HTTP_Request PEAR Package.</source>
        <translation>Der Import des Pakets ändert vorhandene Abonnements nicht; erst das Massen-Upgrade bringt ihre Anwendungsinstanzen auf die neue Version. Zurückgebliebene Instanzen behalten den alten Code ohne die in der KB aufgeführten Korrekturen und benötigen weiterhin das PEAR-Paket HTTP_Request.</translation>
    </message>
    <message>
        <source>When the synchronization script is used, the KB requires an Empty Service Set resource type whose Included Offers and Trial Offer ID are the all-zero GUID, which names no real offer. Without it in every Office 365 service template and subscription, synchronization after the upgrade can go wrong for those subscriptions.</source>
        <translation>Wird das Synchronisierungsskript verwendet, verlangt die KB einen Resource Type Empty Service Set, dessen Included Offers und Trial Offer ID die Null-GUID sind, die kein echtes Angebot bezeichnet. Fehlt er in einem Office 365 Service Template und Abonnement, kann die Synchronisierung nach dem Upgrade für diese Abonnements fehlerhaft verlaufen.</translation>
    </message>
    <message>
        <source>The KB hands the last part of the upgrade over to KB article 117505. The upgrade is not complete until its instructions have been carried out for this installation.</source>
        <translation>Den letzten Teil des Upgrades überlässt die KB dem KB-Artikel 117505. Das Upgrade ist erst abgeschlossen, wenn dessen Anweisungen für diese Installation ausgeführt wurden.</translation>
    </message>
</context>
<context>
    <name>TrainingScenario</name>
    <message>
        <source>%1: &quot;host&quot; must be a host name such as gw1.lab.example.</source>
        <translation>%1: &quot;host&quot; muss ein Hostname sein, etwa gw1.lab.example.</translation>
    </message>
    <message>
        <source>%1: &quot;application&quot; must be an IIS application name (letters, digits, - _ .).</source>
        <translation>%1: &quot;application&quot; muss ein IIS-Anwendungsname sein (Buchstaben, Ziffern, - _ .).</translation>
    </message>
    <message>
        <source>%1: &quot;files&quot; must be a list of file names.</source>
        <translation>%1: &quot;files&quot; muss eine Liste von Dateinamen sein.</translation>
    </message>
    <message>
        <source>%1: &quot;certificate&quot; must be valid, expired or wrong-host.</source>
        <translation>%1: &quot;certificate&quot; muss valid, expired oder wrong-host sein.</translation>
    </message>
    <message>
        <source>%1: &quot;dns&quot; must be ok or nxdomain.</source>
        <translation>%1: &quot;dns&quot; muss ok oder nxdomain sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or empty.</source>
        <translation>&quot;%1&quot; fehlt oder ist leer.</translation>
    </message>
    <message>
        <source>&quot;gateways&quot; must list at least one gateway application.</source>
        <translation>&quot;gateways&quot; muss mindestens eine Gateway-Anwendung enthalten.</translation>
    </message>
    <message>
        <source>gateways[%1]</source>
        <translation>gateways[%1]</translation>
    </message>
    <message>
        <source>&quot;provisioningHost.pearList&quot; must hold what `pear list` prints there.</source>
        <translation>&quot;provisioningHost.pearList&quot; muss enthalten, was `pear list` dort ausgibt.</translation>
    </message>
    <message>
        <source>&quot;pa.instances&quot;: every instance needs a positive &quot;id&quot;.</source>
        <translation>&quot;pa.instances&quot;: Jede Instanz benötigt eine positive &quot;id&quot;.</translation>
    </message>
    <message>
        <source>&quot;expect&quot;: each entry needs &quot;scope&quot;, &quot;check&quot; and a &quot;status&quot; of %1.</source>
        <translation>&quot;expect&quot;: Jeder Eintrag benötigt &quot;scope&quot;, &quot;check&quot; und einen &quot;status&quot; aus %1.</translation>
    </message>
    <message>
        <source>Cannot read the scenario file %1: %2</source>
        <translation>Die Szenariodatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>There is no training scenario &quot;%1&quot;. The scenarios are: %2.</source>
        <translation>Es gibt kein Schulungsszenario &quot;%1&quot;. Vorhandene Szenarien: %2.</translation>
    </message>
    <message>
        <source>The scenario %1 is not a JSON object: %2 (at byte %3).</source>
        <translation>Das Szenario %1 ist kein JSON-Objekt: %2 (bei Byte %3).</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>falscher Typ</translation>
    </message>
    <message>
        <source>The scenario %1 is not usable: %2</source>
        <translation>Das Szenario %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a control character (other than tab or a line break) or an invalid character: the lab could not play it.</source>
        <translation>„%1“ enthält ein Steuerzeichen (außer Tabulator oder Zeilenumbruch) oder ein ungültiges Zeichen: Das Labor könnte es nicht abspielen.</translation>
    </message>
    <message>
        <source>&quot;gateways&quot; lists %1 gateway applications; a session holds at most %2.</source>
        <translation>„gateways“ führt %1 Gateway-Anwendungen auf; eine Sitzung fasst höchstens %2.</translation>
    </message>
</context>
<context>
    <name>TrainingSummary</name>
    <message>
        <source>Scenario:</source>
        <translation>Szenario:</translation>
    </message>
    <message>
        <source>Faults in this scenario:</source>
        <translation>Fehler in diesem Szenario:</translation>
    </message>
    <message>
        <source>none: this is the happy path</source>
        <translation>keine: dies ist der Normalfall</translation>
    </message>
    <message>
        <source>What the checks found, and what you did:</source>
        <translation>Was die Prüfungen gefunden haben und was Sie getan haben:</translation>
    </message>
    <message>
        <source>no check failed</source>
        <translation>keine Prüfung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>you overrode it: &quot;%1&quot;</source>
        <translation>Sie haben sie übersteuert: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>you stopped there</source>
        <translation>Sie haben dort angehalten</translation>
    </message>
    <message>
        <source>advisory: it did not block the upgrade</source>
        <translation>nur Hinweis: sie hat das Upgrade nicht blockiert</translation>
    </message>
    <message>
        <source>What to notice:</source>
        <translation>Worauf zu achten ist:</translation>
    </message>
</context>
<context>
    <name>TrustedKeys</name>
    <message>
        <source>There is no trusted-keys file at %1.</source>
        <translation>Unter %1 gibt es keine Datei mit vertrauenswürdigen Schlüsseln.</translation>
    </message>
    <message>
        <source>Cannot read the trusted-keys file %1: %2</source>
        <translation>Die Datei der vertrauenswürdigen Schlüssel %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The trusted-keys file %1 is larger than 1 MB; it was not read.</source>
        <translation>Die Datei der vertrauenswürdigen Schlüssel %1 ist größer als 1 MB; sie wurde nicht gelesen.</translation>
    </message>
    <message>
        <source>Line %1 of the trusted-keys file %2 has no name after the key (or one longer than %3 characters). Write &quot;KEY NAME&quot;, e.g. the line the wizard shows for your own key.</source>
        <translation>Zeile %1 der Datei der vertrauenswürdigen Schlüssel %2 hat keinen Namen nach dem Schlüssel (oder einen mit mehr als %3 Zeichen). Schreiben Sie „SCHLÜSSEL NAME“, z. B. die Zeile, die der Assistent für Ihren eigenen Schlüssel zeigt.</translation>
    </message>
    <message>
        <source>Line %1 of the trusted-keys file %2 starts with neither an Ed25519 public key (the base64 line of a .pub.pem) nor a SHA-256 fingerprint (64 hex digits). Nothing in the file was trusted; correct that line.</source>
        <translation>Zeile %1 der Datei der vertrauenswürdigen Schlüssel %2 beginnt weder mit einem öffentlichen Ed25519-Schlüssel (der Base64-Zeile einer .pub.pem) noch mit einem SHA-256-Fingerabdruck (64 Hex-Ziffern). Keinem Schlüssel der Datei wurde vertraut; korrigieren Sie diese Zeile.</translation>
    </message>
    <message>
        <source>Line %1 of the trusted-keys file %2 gives the key %3 to &quot;%4&quot;, but an earlier line gives it to &quot;%5&quot;. One key belongs to one person: remove one of the lines.</source>
        <translation>Zeile %1 der Datei der vertrauenswürdigen Schlüssel %2 ordnet den Schlüssel %3 „%4“ zu, eine frühere Zeile aber „%5“. Ein Schlüssel gehört einer Person: Entfernen Sie eine der Zeilen.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>List the training scenarios and exit.</source>
        <translation>Die Schulungsszenarien auflisten und beenden.</translation>
    </message>
    <message>
        <source>The training lab could not start: %1</source>
        <translation>Das Schulungslabor konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>TRAINING scenario %1: %2</source>
        <translation>SCHULUNGS-Szenario %1: %2</translation>
    </message>
    <message>
        <source>UNEXPECTED: %1</source>
        <translation>UNERWARTET: %1</translation>
    </message>
    <message>
        <source>%1 checks; every check gave the result scenario %2 expects.</source>
        <translation>%1 Prüfungen; jede Prüfung lieferte das von Szenario %2 erwartete Ergebnis.</translation>
    </message>
    <message>
        <source>%1 checks; %2 differ from what scenario %3 expects.</source>
        <translation>%1 Prüfungen; %2 weichen von den Erwartungen des Szenarios %3 ab.</translation>
    </message>
    <message>
        <source>Guides an upgrade of the Microsoft Office 365 Application Package on Parallels Automation, step by step as KB 117222 prescribes, and records every confirmation in a resumable session.</source>
        <translation>Führt Schritt für Schritt durch ein Upgrade des Microsoft Office 365 Application Package auf Parallels Automation, wie in KB 117222 vorgeschrieben, und zeichnet jede Bestätigung in einer fortsetzbaren Sitzung auf.</translation>
    </message>
    <message>
        <source>Open the session FILE directly and continue where it was left.</source>
        <translation>Die Sitzungsdatei FILE direkt öffnen und dort fortfahren, wo aufgehört wurde.</translation>
    </message>
    <message>
        <source>Start a new session without asking about unfinished ones.</source>
        <translation>Eine neue Sitzung beginnen, ohne nach unfertigen zu fragen.</translation>
    </message>
    <message>
        <source>Run the automated checks of the session FILE without a window, print one line per check and record the results in the session. Exit code: 0 no blocking check failed, 1 one did, 2 unusable input.</source>
        <translation>Die automatischen Prüfungen der Sitzungsdatei FILE ohne Fenster ausführen, je Prüfung eine Zeile ausgeben und die Ergebnisse in der Sitzung speichern. Exit-Code: 0 keine blockierende Prüfung fehlgeschlagen, 1 mindestens eine, 2 unbrauchbare Eingabe.</translation>
    </message>
    <message>
        <source>With --check or --export: only stage ID (start, gateway, dispatcher, provisioning, …).</source>
        <translation>Mit --check oder --export: nur die Phase ID (start, gateway, dispatcher, provisioning, …).</translation>
    </message>
    <message>
        <source>With --check: write the session with the results to FILE instead of updating it. With --export: the folder or file base name of the report.</source>
        <translation>Mit --check: die Sitzung mit den Ergebnissen nach FILE schreiben, statt sie zu aktualisieren. Mit --export: Ordner oder Dateibasisname des Berichts.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in the PEM FILE (e.g. a customer&apos;s private CA).</source>
        <translation>Zusätzlich den Zertifizierungsstellen in der PEM-Datei FILE vertrauen (z. B. einer privaten CA des Kunden).</translation>
    </message>
    <message>
        <source>With --check: read the PA API password from the first line of standard input (never from the command line or the environment) instead of the keychain.</source>
        <translation>Mit --check: das PA-API-Kennwort aus der ersten Zeile der Standardeingabe lesen (nie aus der Befehlszeile oder der Umgebung) statt aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>What the session&apos;s log file records: debug, info (default) or warning.</source>
        <translation>Was die Protokolldatei der Sitzung aufzeichnet: debug, info (Standard) oder warning.</translation>
    </message>
    <message>
        <source>Open the signed REPORT.json read-only in the review window: its signature checked, countersigned as reviewer.</source>
        <translation>Den signierten REPORT.json schreibgeschützt im Prüffenster öffnen: Signatur prüfen, als Prüfer gegenzeichnen.</translation>
    </message>
    <message>
        <source>User interface language CODE (e.g. en, de, ru); the system&apos;s language by default.</source>
        <translation>Sprache der Benutzeroberfläche CODE (z. B. en, de, ru); standardmäßig die Systemsprache.</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Aus %1 konnte kein PEM-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;: use debug, info or warning.</source>
        <translation>Unbekannte Protokollstufe &quot;%1&quot;: Verwenden Sie debug, info oder warning.</translation>
    </message>
    <message>
        <source>--password-stdin: standard input gave no password.</source>
        <translation>--password-stdin: Die Standardeingabe lieferte kein Kennwort.</translation>
    </message>
    <message>
        <source>%1 checks, %2 blocking failure(s); results recorded in %3</source>
        <translation>%1 Prüfungen, %2 blockierende Fehler; Ergebnisse gespeichert in %3</translation>
    </message>
    <message>
        <source>Unknown option value</source>
        <translation>Unbekannter Optionswert</translation>
    </message>
    <message>
        <source>No session yet: starting in training mode (a simulated lab). Use --new for a real upgrade.</source>
        <translation>Noch keine Sitzung: Start im Schulungsmodus (simuliertes Labor). Verwenden Sie --new für ein echtes Upgrade.</translation>
    </message>
    <message>
        <source>Cannot resume the session</source>
        <translation>Die Sitzung kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>A new session is started instead.</source>
        <translation>Stattdessen wird eine neue Sitzung begonnen.</translation>
    </message>
    <message>
        <source>Cannot start the training lab</source>
        <translation>Das Schulungslabor kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>The session could not be saved</source>
        <translation>Die Sitzung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Cannot read the certificate authorities</source>
        <translation>Die Zertifizierungsstellen können nicht gelesen werden</translation>
    </message>
    <message>
        <source>The wizard could not be started again. Run it with --training %1.</source>
        <translation>Der Assistent konnte nicht neu gestartet werden. Starten Sie ihn mit --training %1.</translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot; is not a number of seconds from 1 to %2.</source>
        <translation>--timeout „%1“ ist keine Anzahl Sekunden von 1 bis %2.</translation>
    </message>
    <message>
        <source>With --check: give up after SECONDS (default %1) when checks are still running, print what ended and what did not, record what ended, and exit with 2.</source>
        <translation>Mit --check: nach SECONDS Sekunden (Standard %1) aufgeben, wenn noch Prüfungen laufen, ausgeben, was beendet ist und was nicht, das Beendete speichern und mit 2 enden.</translation>
    </message>
    <message>
        <source>--check gave up after %1 s with checks still running: %2. Check that the hosts answer, or allow more time with --timeout.</source>
        <translation>--check hat nach %1 s aufgegeben, während noch Prüfungen liefen: %2. Prüfen Sie, ob die Hosts antworten, oder geben Sie mit --timeout mehr Zeit.</translation>
    </message>
    <message>
        <source>(none reported)</source>
        <translation>(keine gemeldet)</translation>
    </message>
    <message>
        <source>The checks that ended are recorded in %1.</source>
        <translation>Die beendeten Prüfungen sind in %1 gespeichert.</translation>
    </message>
    <message>
        <source>With --check: agree that the PA API password goes to HOST over plain http (unencrypted), as the session&apos;s PA API address says; recorded in the session and the report. Without it, the PA API checks of a plain-http address on another machine do not run.</source>
        <translation>Mit --check: zustimmen, dass das PA-API-Passwort über unverschlüsseltes http an HOST geht, wie es die PA-API-Adresse der Sitzung vorsieht; wird in der Sitzung und im Bericht festgehalten. Ohne diese Zustimmung laufen die PA-API-Prüfungen einer http-Adresse auf einem anderen Rechner nicht.</translation>
    </message>
    <message>
        <source>--allow-plain-http %1: the session&apos;s PA API address (%2) is not plain http to another machine, so there is nothing to agree to.</source>
        <translation>--allow-plain-http %1: Die PA-API-Adresse der Sitzung (%2) ist kein unverschlüsseltes http zu einem anderen Rechner; es gibt nichts zuzustimmen.</translation>
    </message>
    <message>
        <source>--allow-plain-http %1: the session&apos;s PA API host is %2; the agreement is given for that host by name.</source>
        <translation>--allow-plain-http %1: Der PA-API-Host der Sitzung ist %2; die Zustimmung gilt namentlich für diesen Host.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>--check was interrupted (%1) with checks still running: %2.</source>
        <translation>--check wurde unterbrochen (%1), während noch Prüfungen liefen: %2.</translation>
    </message>
    <message>
        <source>The results of this run were NOT saved: %1</source>
        <translation>Die Ergebnisse dieses Laufs wurden NICHT gespeichert: %1</translation>
    </message>
    <message>
        <source>With --check, or the window: write a support bundle to FILE.zip at the end — the session, its log, every PA API request and answer, HTTPS answers with their certificates, DNS answers, the programs run and the pasted outputs; never a password.</source>
        <translation>Mit --check oder dem Fenster: am Ende ein Support-Paket nach FILE.zip schreiben — die Sitzung, ihr Protokoll, jede Anfrage an die PA-API und jede Antwort, HTTPS-Antworten mit ihren Zertifikaten, DNS-Antworten, die ausgeführten Programme und die eingefügten Ausgaben; nie ein Passwort.</translation>
    </message>
    <message>
        <source>--capture needs a file name.</source>
        <translation>--capture braucht einen Dateinamen.</translation>
    </message>
    <message numerus="yes">
        <source>Support bundle written to %1 (%n exchange(s) recorded).</source>
        <translation>
            <numerusform>Support-Paket nach %1 geschrieben (%n Austausch aufgezeichnet).</numerusform>
            <numerusform>Support-Paket nach %1 geschrieben (%n Austausche aufgezeichnet).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the support bundle</source>
        <translation>Das Support-Paket kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Support bundle written to %1.</source>
        <translation>Support-Paket nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Practise in a simulated PA lab inside the wizard: --training [SCENARIO], a scenario id (%1 by default; --training-list shows them all), a scenario .json file, or a support bundle .zip (--capture) whose captured answers the lab replays. With --check: run the scenario&apos;s checks headless.</source>
        <translation>Üben in einem simulierten PA-Labor im Assistenten: --training [SZENARIO], eine Szenario-ID (standardmäßig %1; --training-list zeigt alle), eine Szenario-.json-Datei oder ein Support-Paket (.zip, --capture), dessen aufgezeichnete Antworten das Labor wiedergibt. Mit --check: die Prüfungen des Szenarios ohne Fenster ausführen.</translation>
    </message>
</context>
<context>
    <name>o365::CaptureRecorder</name>
    <message numerus="yes">
        <source>
[… %n more byte(s) not kept]</source>
        <translation>
            <numerusform>
[… %n weiteres Byte nicht behalten]</numerusform>
            <numerusform>
[… %n weitere Bytes nicht behalten]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>o365::CaptureReplay</name>
    <message>
        <source>%1 %2 is not in the support bundle&apos;s capture.</source>
        <translation>%1 %2 ist in der Aufzeichnung des Support-Pakets nicht enthalten.</translation>
    </message>
    <message>
        <source>The support bundle holds no capture (capture.json, format o365-upgrade-wizard-capture/1): it was made without --capture or by another program.</source>
        <translation>Das Support-Paket enthält keine Aufzeichnung (capture.json, Format o365-upgrade-wizard-capture/1): Es wurde ohne --capture oder von einem anderen Programm erstellt.</translation>
    </message>
    <message>
        <source>The capture reaches %1 different hosts and ports; a replay serves at most %2.</source>
        <translation>Die Aufzeichnung erreicht %1 verschiedene Hosts und Ports; eine Wiedergabe bedient höchstens %2.</translation>
    </message>
</context>
<context>
    <name>o365::CertificateDialog</name>
    <message>
        <source>Accept a certificate that is not trusted</source>
        <translation>Nicht vertrauenswürdiges Zertifikat akzeptieren</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; presented a certificate this computer does not trust: %2.&lt;br&gt;Accept it only if the customer confirms this exact fingerprint. The exception holds for this host in this session and is recorded with your name.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hat ein Zertifikat vorgelegt, dem dieser Computer nicht vertraut: %2.&lt;br&gt;Akzeptieren Sie es nur, wenn der Kunde genau diesen Fingerabdruck bestätigt. Die Ausnahme gilt für diesen Host in dieser Sitzung und wird mit Ihrem Namen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Antragsteller:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Aussteller:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Gültig:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>e.g. 5F:C6:2D:93</source>
        <translation>z. B. 5F:C6:2D:93</translation>
    </message>
    <message>
        <source>&amp;Accept for this host</source>
        <translation>Für diesen Host &amp;akzeptieren</translation>
    </message>
    <message>
        <source>&amp;Last 4 bytes of the fingerprint (8 hex digits, colons optional):</source>
        <translation>&amp;Letzte 4 Bytes des Fingerabdrucks (8 Hex-Ziffern, Doppelpunkte optional):</translation>
    </message>
    <message>
        <source>✔ Matches the end of the fingerprint.</source>
        <translation>✔ Stimmt mit dem Ende des Fingerabdrucks überein.</translation>
    </message>
    <message numerus="yes">
        <source>%n of 8 hex digits typed.</source>
        <translation>
            <numerusform>%n von 8 Hex-Ziffern eingegeben.</numerusform>
            <numerusform>%n von 8 Hex-Ziffern eingegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Does not match the end of the fingerprint shown above.</source>
        <translation>✖ Stimmt nicht mit dem Ende des oben gezeigten Fingerabdrucks überein.</translation>
    </message>
</context>
<context>
    <name>o365::Check</name>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>Die Prüfung wurde vor ihrem Abschluss abgebrochen.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds. Check that the host is reachable from this computer, then re-run the check.</source>
        <translation>Keine Antwort innerhalb von %1 Sekunden. Prüfen Sie, ob der Host von diesem Computer aus erreichbar ist, und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>Timed out after %1 ms.</source>
        <translation>Zeitüberschreitung nach %1 ms.</translation>
    </message>
</context>
<context>
    <name>o365::DnsCheck</name>
    <message>
        <source>Enter a valid URL first: the host name comes from it.</source>
        <translation>Geben Sie zuerst eine gültige URL ein: Der Hostname wird daraus entnommen.</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS as seen from this computer (NXDOMAIN). Check the spelling in the URL, or whether this computer uses the customer&apos;s DNS; if you know the address, enter it and override this check with the reason.</source>
        <translation>%1 existiert aus Sicht dieses Computers nicht im DNS (NXDOMAIN). Prüfen Sie die Schreibweise in der URL oder ob dieser Computer das DNS des Kunden verwendet; wenn Sie die Adresse kennen, geben Sie sie ein und übersteuern Sie diese Prüfung mit Begründung.</translation>
    </message>
    <message>
        <source>Looking up %1 failed: %2. Check this computer&apos;s network and DNS settings, then re-run.</source>
        <translation>Die Namensauflösung von %1 ist fehlgeschlagen: %2. Prüfen Sie die Netzwerk- und DNS-Einstellungen dieses Computers und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>%1 exists in DNS but has no address record.</source>
        <translation>%1 existiert im DNS, hat aber keinen Adresseintrag.</translation>
    </message>
    <message>
        <source>%1 resolves to %2.</source>
        <translation>%1 wird in %2 aufgelöst.</translation>
    </message>
    <message>
        <source>%1 resolves to several addresses: %2. Step 4 needs the one the IIS site is bound to: enter that one.</source>
        <translation>%1 wird in mehrere Adressen aufgelöst: %2. Schritt 4 benötigt die Adresse, an die die IIS-Site gebunden ist: Geben Sie diese ein.</translation>
    </message>
    <message>
        <source>DNS gave no answer for %1 within %2 seconds. Check this computer&apos;s DNS servers, then re-run.</source>
        <translation>DNS hat für %1 innerhalb von %2 Sekunden keine Antwort geliefert. Prüfen Sie die DNS-Server dieses Computers und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
</context>
<context>
    <name>o365::DonePage</name>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>Bericht &amp;öffnen</translation>
    </message>
    <message>
        <source>Open the report (HTML) in the browser</source>
        <translation>Den Bericht (HTML) im Browser öffnen</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the folder that holds the report</source>
        <translation>Den Ordner öffnen, der den Bericht enthält</translation>
    </message>
    <message>
        <source>Copy the &amp;path</source>
        <translation>&amp;Pfad kopieren</translation>
    </message>
    <message>
        <source>Copy the report&apos;s path to the clipboard</source>
        <translation>Den Pfad des Berichts in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Kopiert: %1</translation>
    </message>
    <message>
        <source>Nothing on this computer opens %1: open it yourself, or copy the path.</source>
        <translation>Auf diesem Computer öffnet nichts %1: Öffnen Sie es selbst oder kopieren Sie den Pfad.</translation>
    </message>
    <message>
        <source>Training finished and signed off.</source>
        <translation>Training beendet und abgezeichnet.</translation>
    </message>
    <message>
        <source>The upgrade of %1 is signed off.</source>
        <translation>Das Upgrade von %1 ist abgezeichnet.</translation>
    </message>
    <message>
        <source>this installation</source>
        <translation>dieser Installation</translation>
    </message>
    <message>
        <source>The report is saved to %1:</source>
        <translation>Der Bericht ist in %1 gespeichert:</translation>
    </message>
    <message>
        <source>Signed with your key (fingerprint %1).</source>
        <translation>Mit Ihrem Schlüssel signiert (Fingerabdruck %1).</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Nicht signiert.</translation>
    </message>
    <message>
        <source>Anyone can check it: o365-upgrade-wizard --verify &quot;%1&quot;</source>
        <translation>Jeder kann ihn prüfen: o365-upgrade-wizard --verify &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The session stays on this computer; Close ends the wizard.</source>
        <translation>Die Sitzung bleibt auf diesem Computer; „Schließen“ beendet den Assistenten.</translation>
    </message>
</context>
<context>
    <name>o365::GatewayPage</name>
    <message>
        <source>Remove gateway application</source>
        <translation>Gateway-Anwendung entfernen</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and everything recorded for it (confirmations, notes, check results)?</source>
        <translation>&quot;%1&quot; und alles dazu Aufgezeichnete (Bestätigungen, Notizen, Prüfergebnisse) entfernen?</translation>
    </message>
    <message>
        <source>A single PA installation may use several Office 365 Gateway Applications: add one tab for each and walk steps 1–7 for each of them.</source>
        <translation>Eine PA-Installation kann mehrere Office 365 Gateway Applications verwenden: Fügen Sie für jede eine Registerkarte hinzu und durchlaufen Sie für jede die Schritte 1–7.</translation>
    </message>
    <message>
        <source>&amp;Add gateway application</source>
        <translation>Gateway-Anwendung &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move this gateway application</source>
        <translation>Diese Gateway-Anwendung ent&amp;fernen</translation>
    </message>
    <message>
        <source>Read MOSI URL from &amp;PA</source>
        <translation>MOSI-URL aus &amp;PA lesen</translation>
    </message>
    <message>
        <source>Read the URL for MOSI Connector from PA</source>
        <translation>URL for MOSI Connector aus PA lesen</translation>
    </message>
    <message>
        <source>Where the URL for MOSI Connector came from</source>
        <translation>Herkunft der URL for MOSI Connector</translation>
    </message>
    <message>
        <source>A check failed: this application cannot go on as it is.</source>
        <translation>Eine Prüfung ist fehlgeschlagen: Für diese Anwendung kann es so nicht weitergehen.</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Alle Schritte sind erledigt.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) still to do.</source>
        <translation>
            <numerusform>Noch %n Schritt zu erledigen.</numerusform>
            <numerusform>Noch %n Schritte zu erledigen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads the URL for MOSI Connector from the Office 365 application&apos;s instance settings through the PA public API, into every gateway application where it is still empty.</source>
        <translation>Liest die URL for MOSI Connector über die öffentliche PA-API aus den Instanzeinstellungen der Office 365-Anwendung in jede Gateway-Anwendung, in der sie noch leer ist.</translation>
    </message>
    <message>
        <source>Configure the PA public API on the PA Application page first.</source>
        <translation>Konfigurieren Sie zuerst die öffentliche PA-API auf der Seite PA-Anwendung.</translation>
    </message>
    <message>
        <source>Reading the URL for MOSI Connector from PA…</source>
        <translation>URL for MOSI Connector wird aus PA gelesen…</translation>
    </message>
    <message>
        <source>%1 ← instance #%2</source>
        <translation>%1 ← Instanz #%2</translation>
    </message>
    <message>
        <source>%1 Nothing was filled in: every gateway application already has a URL for MOSI Connector.</source>
        <translation>%1 Nichts wurde eingetragen: Jede Gateway-Anwendung hat bereits eine URL for MOSI Connector.</translation>
    </message>
    <message>
        <source>%1 Filled in (step 1e): %2.</source>
        <translation>%1 Eingetragen (Schritt 1e): %2.</translation>
    </message>
    <message>
        <source>A session holds at most %1 gateway applications: upgrade the others in a second session.</source>
        <translation>Eine Sitzung fasst höchstens %1 Gateway-Anwendungen: Aktualisieren Sie die übrigen in einer zweiten Sitzung.</translation>
    </message>
</context>
<context>
    <name>o365::HeadlessChecker</name>
    <message>
        <source>&quot;%1&quot; is not a stage with automated checks; use one of: %2.</source>
        <translation>&quot;%1&quot; ist keine Phase mit automatischen Prüfungen; verwenden Sie eine der folgenden: %2.</translation>
    </message>
</context>
<context>
    <name>o365::HttpsProbeCheck</name>
    <message>
        <source>Enter a valid https URL first.</source>
        <translation>Geben Sie zuerst eine gültige https-URL ein.</translation>
    </message>
    <message>
        <source>%1 started answering but sent only %2 bytes in %3 seconds: the server, or a proxy on the way, is stalling. Check the application pool on the gateway host, then re-run.</source>
        <translation>%1 hat mit der Antwort begonnen, aber in %3 Sekunden nur %2 Bytes gesendet: Der Server oder ein Proxy auf dem Weg hängt. Prüfen Sie den Anwendungspool auf dem Gateway-Host und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>%1 accepted the HTTPS connection but sent no answer within %2 seconds: the site or its application pool may be hung. Check it in IIS Manager, then re-run.</source>
        <translation>%1 hat die HTTPS-Verbindung angenommen, aber innerhalb von %2 Sekunden keine Antwort gesendet: Die Site oder ihr Anwendungspool hängt möglicherweise. Prüfen Sie dies im IIS-Manager und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>No HTTPS connection to %1 within %2 seconds: the host is down, or a firewall drops the traffic on the way. Check that this computer can reach it, then re-run.</source>
        <translation>Keine HTTPS-Verbindung zu %1 innerhalb von %2 Sekunden: Der Host ist nicht erreichbar, oder eine Firewall verwirft den Datenverkehr unterwegs. Prüfen Sie, ob dieser Computer ihn erreichen kann, und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2. If you have checked this certificate with the customer, accept it for this host by its SHA-256 fingerprint %3.</source>
        <translation>Das Zertifikat von %1 ist nicht vertrauenswürdig: %2. Wenn Sie dieses Zertifikat mit dem Kunden abgeglichen haben, akzeptieren Sie es für diesen Host anhand seines SHA-256-Fingerabdrucks %3.</translation>
    </message>
    <message>
        <source>%1 redirects from https to %2, which the wizard does not follow.</source>
        <translation>%1 leitet von https auf %2 um; dieser Umleitung folgt der Assistent nicht.</translation>
    </message>
    <message>
        <source>%1 redirects in a loop (%2 redirects, last to %3). Check the application&apos;s HTTP Redirect and URL Rewrite settings in IIS.</source>
        <translation>%1 leitet in einer Schleife um (%2 Umleitungen, zuletzt auf %3). Prüfen Sie die Einstellungen HTTP-Umleitung und URL-Rewrite der Anwendung in IIS.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2): the server may offer only old protocols or ciphers.</source>
        <translation>Der TLS-Handshake mit %1 ist fehlgeschlagen (%2): Der Server bietet möglicherweise nur veraltete Protokolle oder Cipher an.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens for HTTPS there. Check the IIS site&apos;s https binding and that the site is started.</source>
        <translation>%1 hat die Verbindung abgelehnt: Dort wartet nichts auf HTTPS. Prüfen Sie die https-Bindung der IIS-Site und ob die Site gestartet ist.</translation>
    </message>
    <message>
        <source>%1 was not found in DNS from this computer.</source>
        <translation>%1 wurde von diesem Computer aus nicht im DNS gefunden.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering. Check the site&apos;s https binding and its certificate in IIS.</source>
        <translation>%1 hat die Verbindung ohne Antwort geschlossen. Prüfen Sie die https-Bindung der Site und ihr Zertifikat in IIS.</translation>
    </message>
    <message>
        <source>%1 redirects in a loop (more than 5 redirects). Check the application&apos;s HTTP Redirect and URL Rewrite settings in IIS.</source>
        <translation>%1 leitet in einer Schleife um (mehr als 5 Umleitungen). Prüfen Sie die Einstellungen HTTP-Umleitung und URL-Rewrite der Anwendung in IIS.</translation>
    </message>
    <message>
        <source>%1 redirects from https to plain http, which the wizard does not follow.</source>
        <translation>%1 leitet von https auf unverschlüsseltes http um; dieser Umleitung folgt der Assistent nicht.</translation>
    </message>
    <message>
        <source>Requesting %1 failed: %2</source>
        <translation>Die Anfrage an %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 is present and answers (HTTP 200).</source>
        <translation>%1 ist vorhanden und antwortet (HTTP 200).</translation>
    </message>
    <message>
        <source>%1 answers (HTTP 200).</source>
        <translation>%1 antwortet (HTTP 200).</translation>
    </message>
    <message>
        <source>%1 answers 404 Not Found: this application has no %2. The KB says: &quot;%3&quot; The upgrade of this application stops here.</source>
        <translation>%1 antwortet mit 404 Not Found: Diese Anwendung hat kein %2. Die KB sagt: &quot;%3&quot; Das Upgrade dieser Anwendung endet hier.</translation>
    </message>
    <message>
        <source>%1 answers 404 Not Found: the file is missing from the application.</source>
        <translation>%1 antwortet mit 404 Not Found: Die Datei fehlt in der Anwendung.</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2 (access denied): the service must answer anonymously. Check the application&apos;s authentication and IP restrictions in IIS.</source>
        <translation>%1 antwortet mit HTTP %2 (Zugriff verweigert): Der Dienst muss anonym antworten. Prüfen Sie Authentifizierung und IP-Einschränkungen der Anwendung in IIS.</translation>
    </message>
    <message>
        <source>%1 answers HTTP 503: the application pool is stopped or overloaded. Start it in IIS Manager.</source>
        <translation>%1 antwortet mit HTTP 503: Der Anwendungspool ist angehalten oder überlastet. Starten Sie ihn im IIS-Manager.</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2 (server error): the application exists but fails. Check its application pool and the Windows event log on the gateway host.</source>
        <translation>%1 antwortet mit HTTP %2 (Serverfehler): Die Anwendung existiert, schlägt aber fehl. Prüfen Sie ihren Anwendungspool und das Windows-Ereignisprotokoll auf dem Gateway-Host.</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2: it is there, but not with 200.</source>
        <translation>%1 antwortet mit HTTP %2: Es ist vorhanden, aber nicht mit 200.</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2, where 200 was expected.</source>
        <translation>%1 antwortet mit HTTP %2, erwartet wurde 200.</translation>
    </message>
    <message>
        <source>Its certificate is not trusted (%1) and was accepted by exception (SHA-256 %2).</source>
        <translation>Sein Zertifikat ist nicht vertrauenswürdig (%1) und wurde per Ausnahme akzeptiert (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Blocked by step %1: %2 is not found in DNS from this computer. Fix step %1 first; this check runs again then.</source>
        <translation>Blockiert durch Schritt %1: %2 ist von diesem Computer aus nicht im DNS zu finden. Beheben Sie zuerst Schritt %1; diese Prüfung läuft dann erneut.</translation>
    </message>
</context>
<context>
    <name>o365::IisInventoryCheck</name>
    <message>
        <source>Optional: run the command below on the gateway host (PowerShell, as Administrator) and paste its output to fill this step.</source>
        <translation>Optional: Führen Sie den folgenden Befehl auf dem Gateway-Host aus (PowerShell, als Administrator) und fügen Sie seine Ausgabe ein, um diesen Schritt auszufüllen.</translation>
    </message>
    <message>
        <source>The output was read (%1 bindings, %2 applications). Enter the URL (step 1e) and the IP address (step 1g) to find the site.</source>
        <translation>Die Ausgabe wurde gelesen (%1 Bindungen, %2 Anwendungen). Geben Sie die URL (Schritt 1e) und die IP-Adresse (Schritt 1g) ein, um die Site zu finden.</translation>
    </message>
    <message>
        <source>%1 Its root directory %2 has no %3: the KB says to contact Parallels support.</source>
        <translation>%1 Das Stammverzeichnis %2 enthält kein %3: Laut KB wenden Sie sich an den Parallels-Support.</translation>
    </message>
    <message>
        <source>%1 Its root directory %2 holds %3.</source>
        <translation>%1 Das Stammverzeichnis %2 enthält %3.</translation>
    </message>
</context>
<context>
    <name>o365::MosiUrlCheck</name>
    <message>
        <source>Office365GatewayHostName: %1 — Office365GatewayApplicationName: %2</source>
        <translation>Office365GatewayHostName: %1 — Office365GatewayApplicationName: %2</translation>
    </message>
    <message>
        <source>Office365GatewayHostName: %1 — Office365Callbacks-DispatcherApplicationName: %2</source>
        <translation>Office365GatewayHostName: %1 — Office365Callbacks-DispatcherApplicationName: %2</translation>
    </message>
</context>
<context>
    <name>o365::NewFeaturesPage</name>
    <message>
        <source>No feature of the table lies above the installed version %1 and at or below the package&apos;s version %2: nothing to deploy by hand.</source>
        <translation>Keine Funktion der Tabelle liegt über der installierten Version %1 und höchstens bei der Paketversion %2: Es ist nichts manuell bereitzustellen.</translation>
    </message>
    <message>
        <source>Features added after %1 up to %2 that the upgrade does not deploy: mark each as deployed, or defer it with a reason.</source>
        <translation>Nach %1 bis einschließlich %2 hinzugekommene Funktionen, die das Upgrade nicht bereitstellt: Markieren Sie jede als bereitgestellt oder stellen Sie sie mit Begründung zurück.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Bereitgestellt</translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation>Zurückstellen…</translation>
    </message>
    <message>
        <source>Why is this feature deferred? (required)</source>
        <translation>Warum wird diese Funktion zurückgestellt? (erforderlich)</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Zurückstellen</translation>
    </message>
</context>
<context>
    <name>o365::PaApiAnswer</name>
    <message>
        <source>PA at %1 took the call %2 but sent no answer within %3 seconds: PA may be overloaded. Re-run later, or confirm by hand.</source>
        <translation>PA unter %1 hat den Aufruf %2 angenommen, aber innerhalb von %3 Sekunden keine Antwort gesendet: PA ist möglicherweise überlastet. Wiederholen Sie die Prüfung später, oder bestätigen Sie manuell.</translation>
    </message>
    <message>
        <source>No connection to the PA API at %1 within %2 seconds: the host is down, or a firewall drops the traffic to its port. Check that this computer can reach it, then re-run.</source>
        <translation>Keine Verbindung zur PA-API unter %1 innerhalb von %2 Sekunden: Der Host ist nicht erreichbar, oder eine Firewall verwirft den Datenverkehr zu seinem Port. Prüfen Sie, ob dieser Computer ihn erreichen kann, und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>Timed out after %1 ms.</source>
        <translation>Zeitüberschreitung nach %1 ms.</translation>
    </message>
    <message>
        <source>PA at %1 answered %2 with more than %3 MiB: the reply is refused. Confirm this step by hand.</source>
        <translation>PA unter %1 hat auf %2 mit mehr als %3 MiB geantwortet: Die Antwort wird abgelehnt. Bestätigen Sie diesen Schritt manuell.</translation>
    </message>
    <message>
        <source>%1 bytes received before the reply was cut off.</source>
        <translation>%1 Bytes empfangen, bevor die Antwort abgebrochen wurde.</translation>
    </message>
    <message>
        <source>The certificate of the PA API at %1 is not trusted: %2. Install the CA that issued it on this computer (or give it with --ca-file), then re-run.</source>
        <translation>Das Zertifikat der PA-API unter %1 ist nicht vertrauenswürdig: %2. Installieren Sie die ausstellende CA auf diesem Computer (oder geben Sie sie mit --ca-file an) und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>PA at %1 refused the login &quot;%2&quot; (HTTP 401): check the API login and password, then re-run.</source>
        <translation>PA unter %1 hat den Anmeldenamen &quot;%2&quot; abgelehnt (HTTP 401): Prüfen Sie API-Anmeldename und -Kennwort und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 where the PA API answers 200: check the API address (port 8440, path /RPC2).</source>
        <translation>%1 hat mit HTTP %2 geantwortet, die PA-API antwortet mit 200: Prüfen Sie die API-Adresse (Port 8440, Pfad /RPC2).</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens for the PA API there. Check the address and port (8440 by default) and that the public API is enabled, then re-run.</source>
        <translation>%1 hat die Verbindung abgelehnt: Dort wartet keine PA-API. Prüfen Sie Adresse und Port (standardmäßig 8440) und ob die öffentliche API aktiviert ist, und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>%1 was not found in DNS from this computer: check the PA API address.</source>
        <translation>%1 wurde von diesem Computer aus nicht im DNS gefunden: Prüfen Sie die PA-API-Adresse.</translation>
    </message>
    <message>
        <source>The TLS handshake with the PA API at %1 failed (%2).</source>
        <translation>Der TLS-Handshake mit der PA-API unter %1 ist fehlgeschlagen (%2).</translation>
    </message>
    <message>
        <source>Calling %1 on %2 failed: %3</source>
        <translation>Der Aufruf von %1 auf %2 ist fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>The answer of PA at %1 to %2 is not a valid XML-RPC reply: %3. Confirm this step by hand.</source>
        <translation>Die Antwort von PA unter %1 auf %2 ist keine gültige XML-RPC-Antwort: %3. Bestätigen Sie diesen Schritt manuell.</translation>
    </message>
    <message>
        <source>This PA does not know the API method %1 (&quot;%2&quot;). Confirm this step by hand.</source>
        <translation>Dieses PA kennt die API-Methode %1 nicht (&quot;%2&quot;). Bestätigen Sie diesen Schritt manuell.</translation>
    </message>
    <message>
        <source>PA at %1 answered %2 with a fault (%3): %4</source>
        <translation>PA unter %1 hat auf %2 mit einem Fehler geantwortet (%3): %4</translation>
    </message>
    <message>
        <source>The answer of PA at %1 to %2 is not a struct {status, result}: %3</source>
        <translation>Die Antwort von PA unter %1 auf %2 ist keine Struktur {status, result}: %3</translation>
    </message>
    <message>
        <source>The answer of PA at %1 to %2 has a status that is not a number: %3</source>
        <translation>Die Antwort von PA unter %1 auf %2 hat einen Status, der keine Zahl ist: %3</translation>
    </message>
    <message>
        <source>PA answered %1 with error status %2%3 and no message.</source>
        <translation>PA hat auf %1 mit Fehlerstatus %2%3 ohne Meldung geantwortet.</translation>
    </message>
    <message>
        <source>PA answered %1 with an error%2: %3</source>
        <translation>PA hat auf %1 mit einem Fehler geantwortet%2: %3</translation>
    </message>
    <message>
        <source>Add this computer&apos;s IP address to the Public API&apos;s Allowed Networks — POA 5.x: Top &gt; System Director &gt; Public API Manager &gt; Allowed Networks; OA 7 and later: System &gt; Settings &gt; Public API, &quot;Only from allowed networks&quot; (CloudBlue KB 121937) — then re-run.</source>
        <translation>Tragen Sie die IP-Adresse dieses Computers in die Allowed Networks der Public API ein — POA 5.x: Top &gt; System Director &gt; Public API Manager &gt; Allowed Networks; OA 7 und neuer: System &gt; Settings &gt; Public API, „Only from allowed networks“ (CloudBlue KB 121937) — und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>PA at %1 refused the call (HTTP 403 Forbidden). PA accepts API calls only from allowed networks. %2</source>
        <translation>PA unter %1 hat den Aufruf abgelehnt (HTTP 403 Forbidden). PA nimmt API-Aufrufe nur aus erlaubten Netzen an. %2</translation>
    </message>
    <message>
        <source>PA at %1 closed the connection without answering %2: this computer&apos;s address is probably not in the Public API&apos;s Allowed Networks. %3 Otherwise the address may use http where PA expects https on that port, or the reverse: check the scheme of the API address.</source>
        <translation>PA unter %1 hat die Verbindung geschlossen, ohne %2 zu beantworten: Die Adresse dieses Computers steht wahrscheinlich nicht in den Allowed Networks der Public API. %3 Andernfalls verwendet die Adresse vielleicht http, wo PA an diesem Port https erwartet, oder umgekehrt: Prüfen Sie das Schema der API-Adresse.</translation>
    </message>
    <message>
        <source>PA at %1 refuses API calls from this computer (&quot;%2&quot;). %3</source>
        <translation>PA unter %1 lehnt API-Aufrufe von diesem Computer ab („%2“). %3</translation>
    </message>
    <message>
        <source>Unexpected answer from %1 at %2: it has no status (fields present: %3). Confirm this step by hand.</source>
        <translation>Unerwartete Antwort von %1 unter %2: Sie hat keinen Status (vorhandene Felder: %3). Bestätigen Sie diesen Schritt von Hand.</translation>
    </message>
    <message>
        <source>module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
</context>
<context>
    <name>o365::PaApiCheck</name>
    <message>
        <source>The PA public API at %1 did not answer within %2 seconds. Re-run later, or confirm this step by hand.</source>
        <translation>Die öffentliche PA-API unter %1 hat innerhalb von %2 Sekunden nicht geantwortet. Wiederholen Sie die Prüfung später, oder bestätigen Sie diesen Schritt manuell.</translation>
    </message>
    <message>
        <source>The PA public API is not configured (address and login), so this is not checked automatically. Confirm by hand: %1</source>
        <translation>Die öffentliche PA-API ist nicht konfiguriert (Adresse und Anmeldename), daher wird dies nicht automatisch geprüft. Bestätigen Sie manuell: %1</translation>
    </message>
    <message>
        <source>, or confirm by hand: %1</source>
        <translation>, oder bestätigen Sie manuell: %1</translation>
    </message>
    <message>
        <source>%1 Confirm by hand: %2</source>
        <translation>%1 Bestätigen Sie manuell: %2</translation>
    </message>
    <message>
        <source>This PA does not offer the API method %1 (system.listMethods does not list it). Confirm this step by hand.</source>
        <translation>Diese PA bietet die API-Methode %1 nicht an (system.listMethods führt sie nicht auf). Bestätigen Sie diesen Schritt von Hand.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weiterer</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected answer from %1: %2 (fields present: %3). Confirm by hand: %4</source>
        <translation>Unerwartete Antwort von %1: %2 (vorhandene Felder: %3). Bestätigen Sie von Hand: %4</translation>
    </message>
    <message>
        <source>it lacks %1</source>
        <translation>es fehlt %1</translation>
    </message>
</context>
<context>
    <name>o365::PaApiClient</name>
    <message>
        <source>This PA does not offer the API method %1. Confirm this step by hand.</source>
        <translation>Dieses PA bietet die API-Methode %1 nicht an. Bestätigen Sie diesen Schritt manuell.</translation>
    </message>
    <message>
        <source>The PA public API is not configured (its address and login): confirm by hand, or enter them and re-run.</source>
        <translation>Die öffentliche PA-API ist nicht konfiguriert (Adresse und Anmeldename): Bestätigen Sie manuell, oder geben Sie beides ein und führen Sie die Prüfung erneut aus.</translation>
    </message>
    <message>
        <source>The call %1 could not be encoded: %2</source>
        <translation>Der Aufruf %1 konnte nicht kodiert werden: %2</translation>
    </message>
    <message>
        <source>The PA API address uses plain http: the password of %1 and every answer cross the network to %2 unencrypted. PA&apos;s public API also answers over https (https://%2:8440/RPC2); its certificate is often PA&apos;s own, so give its CA with --ca-file or accept its fingerprint once.</source>
        <translation>Die PA-API-Adresse verwendet unverschlüsseltes http: Das Passwort von %1 und jede Antwort gehen unverschlüsselt über das Netz zu %2. Die öffentliche API von PA antwortet auch über https (https://%2:8440/RPC2); ihr Zertifikat ist oft PAs eigenes, also geben Sie dessen CA mit --ca-file an oder akzeptieren Sie einmal seinen Fingerabdruck.</translation>
    </message>
    <message>
        <source>the PA login</source>
        <translation>die PA-Anmeldung</translation>
    </message>
    <message>
        <source>%1 You agreed to plain http for %2; it is recorded in the session and the report.</source>
        <translation>%1 Sie haben unverschlüsseltem http für %2 zugestimmt; das ist in der Sitzung und im Bericht festgehalten.</translation>
    </message>
    <message>
        <source>%1 The PA API checks do not run until you agree to plain http for %2 (on the PA Application page, or --allow-plain-http %2 with --check).</source>
        <translation>%1 Die PA-API-Prüfungen laufen erst, wenn Sie unverschlüsseltem http für %2 zustimmen (auf der Seite PA-Anwendung oder mit --allow-plain-http %2 bei --check).</translation>
    </message>
</context>
<context>
    <name>o365::PaApiParse</name>
    <message>
        <source>a list of instances</source>
        <translation>eine Liste von Instanzen</translation>
    </message>
    <message>
        <source>a list of resource types</source>
        <translation>eine Liste von Resource Types</translation>
    </message>
    <message>
        <source>a list of {name, value} settings (the result is %1)</source>
        <translation>eine Liste von {name, value}-Einstellungen (das Ergebnis ist %1)</translation>
    </message>
    <message>
        <source>a list of service templates</source>
        <translation>eine Liste von Service Templates</translation>
    </message>
    <message>
        <source>%1 (%2, not %3)</source>
        <translation>%1 (%2, nicht %3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>a positive integer</source>
        <translation>eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>%1 (the result is %2)</source>
        <translation>%1 (das Ergebnis ist %2)</translation>
    </message>
    <message>
        <source>%1 (%2, not a struct)</source>
        <translation>%1 (%2, kein Struct)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <source>a double</source>
        <translation>eine Gleitkommazahl</translation>
    </message>
    <message>
        <source>a struct</source>
        <translation>ein Struct</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>ein Datum</translation>
    </message>
    <message>
        <source>base64 data</source>
        <translation>Base64-Daten</translation>
    </message>
    <message>
        <source>a value of type %1</source>
        <translation>ein Wert vom Typ %1</translation>
    </message>
    <message>
        <source>none (an empty struct)</source>
        <translation>keine (ein leeres Struct)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiteres</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a list of %n entries; the first has %1</source>
        <translation>
            <numerusform>eine Liste mit %n Eintrag; er hat %1</numerusform>
            <numerusform>eine Liste mit %n Einträgen; der erste hat %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a list of %n entries</source>
        <translation>
            <numerusform>eine Liste mit %n Eintrag</numerusform>
            <numerusform>eine Liste mit %n Einträgen</numerusform>
        </translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>keine (%1)</translation>
    </message>
    <message>
        <source>result[0].value is not there as a string (the answer holds %1)</source>
        <translation>result[0].value ist nicht als Zeichenkette vorhanden (die Antwort enthält %1)</translation>
    </message>
    <message>
        <source>result[0].value is not XML with a &lt;ClientVersion&gt; (%1 at line %2)</source>
        <translation>result[0].value ist kein XML mit &lt;ClientVersion&gt; (%1 in Zeile %2)</translation>
    </message>
    <message>
        <source>result[0].value has no &lt;ClientVersion&gt; element</source>
        <translation>result[0].value hat kein Element &lt;ClientVersion&gt;</translation>
    </message>
    <message>
        <source>&lt;ClientVersion&gt; holds &quot;%1&quot;, which has no dotted version</source>
        <translation>&lt;ClientVersion&gt; enthält „%1“, darin steht keine Versionsnummer mit Punkten</translation>
    </message>
    <message>
        <source>the instance (the result is %1, not a struct)</source>
        <translation>die Instanz (das Ergebnis ist %1, kein Struct)</translation>
    </message>
    <message>
        <source>a list of service resource types</source>
        <translation>eine Liste von Service-Ressourcentypen</translation>
    </message>
    <message>
        <source>resource_types (fields present: %1)</source>
        <translation>resource_types (vorhandene Felder: %1)</translation>
    </message>
    <message>
        <source>var_name and var_value of act_params entry %1 of resource type %2 (fields present: %3)</source>
        <translation>var_name und var_value des act_params-Eintrags %1 von Ressourcentyp %2 (vorhandene Felder: %3)</translation>
    </message>
</context>
<context>
    <name>o365::PaApiVersionCheck</name>
    <message>
        <source>read the PA version in the Provider Control Panel; POA %1 or later is required.</source>
        <translation>Lesen Sie die PA-Version im Provider Control Panel ab; POA %1 oder neuer ist erforderlich.</translation>
    </message>
    <message>
        <source>PA reports version %1 (found at %2): older than %3. The Microsoft Office 365 Application Package requires POA %3 or later. Upgrade PA first.</source>
        <translation>PA meldet Version %1 (gefunden unter %2): älter als %3. Das Microsoft Office 365 Application Package erfordert POA %3 oder neuer. Aktualisieren Sie zuerst PA.</translation>
    </message>
    <message>
        <source>PA reports version %1 (found at %2): it meets the requirement (POA %3 or later).</source>
        <translation>PA meldet Version %1 (gefunden unter %2): Sie erfüllt die Anforderung (POA %3 oder neuer).</translation>
    </message>
    <message>
        <source>no PA version in either report (report-for-cep: %1; poaVersion: no dotted version in %2)</source>
        <translation>in keinem der beiden Berichte eine PA-Version (report-for-cep: %1; poaVersion: keine Versionsnummer in %2)</translation>
    </message>
</context>
<context>
    <name>o365::PaApplicationPage</name>
    <message>
        <source>PA public API (optional: without it, steps 2–4 are confirmed by hand)</source>
        <translation>Öffentliche PA-API (optional: ohne sie werden die Schritte 2–4 manuell bestätigt)</translation>
    </message>
    <message>
        <source>https://pa.example.com:8440/RPC2</source>
        <translation>https://pa.example.com:8440/RPC2</translation>
    </message>
    <message>
        <source>kept in the keychain, never in the session</source>
        <translation>wird im Schlüsselbund aufbewahrt, nie in der Sitzung</translation>
    </message>
    <message>
        <source>the ID of the Office 365 application in PA</source>
        <translation>die ID der Office 365-Anwendung in PA</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>Anmelde&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Save in keychain</source>
        <translation>Im Schlüsselbund spei&amp;chern</translation>
    </message>
    <message>
        <source>Keep the password in memory until the wizard closes; nothing is stored.</source>
        <translation>Das Kennwort bis zum Schließen des Assistenten im Arbeitsspeicher halten; nichts wird gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
    <message>
        <source>Application &amp;ID:</source>
        <translation>Anwendungs-&amp;ID:</translation>
    </message>
    <message>
        <source>Enter the API address and the login first: the password is kept for that login at that host.</source>
        <translation>Geben Sie zuerst API-Adresse und Anmeldenamen ein: Das Kennwort wird für diesen Anmeldenamen auf diesem Host aufbewahrt.</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>Geben Sie zuerst das Kennwort ein.</translation>
    </message>
    <message>
        <source>The password for %1 is used for this run only: it is not stored anywhere.</source>
        <translation>Das Kennwort für %1 wird nur für diesen Lauf verwendet: Es wird nirgends gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available here: the password for %1 is used for this run only.</source>
        <translation>Hier ist kein Schlüsselbund verfügbar: Das Kennwort für %1 wird nur für diesen Lauf verwendet.</translation>
    </message>
    <message>
        <source>The password for %1 is saved in the keychain.</source>
        <translation>Das Kennwort für %1 ist im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The keychain cannot be used, so the password was not saved: %1
Click &quot;Use for this run only&quot; to use it until the wizard closes, without storing it.</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden, daher wurde das Kennwort nicht gespeichert: %1
Klicken Sie auf &quot;Nur für diesen Lauf verwenden&quot;, um es bis zum Schließen des Assistenten zu verwenden, ohne es zu speichern.</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>Das Kennwort konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Use for this r&amp;un only</source>
        <translation>Nur für diesen &amp;Lauf verwenden</translation>
    </message>
    <message>
        <source>Send the PA password to %1 over plain &amp;http anyway (recorded in the session and the report)</source>
        <translation>PA-Passwort trotzdem über unverschlüsseltes &amp;http an %1 senden (wird in Sitzung und Bericht festgehalten)</translation>
    </message>
</context>
<context>
    <name>o365::PaAutoprovisioningCheck</name>
    <message>
        <source>in the &apos;Office 365 Application&apos; resource types, Autoprovisioning is Yes for the application service &quot;%1&quot;.</source>
        <translation>In den Resource Types &apos;Office 365 Application&apos; ist Autoprovisioning für den Application service &quot;%1&quot; auf Yes gesetzt.</translation>
    </message>
    <message>
        <source>Enter the ID of the Office 365 application in PA. Or confirm by hand: %1</source>
        <translation>Geben Sie die ID der Office 365-Anwendung in PA ein. Oder bestätigen Sie manuell: %1</translation>
    </message>
    <message>
        <source>PA lists no instances of application %1, so no resource type could be read. Confirm by hand: %2</source>
        <translation>PA listet keine Instanzen der Anwendung %1 auf, daher konnte kein Resource Type gelesen werden. Bestätigen Sie manuell: %2</translation>
    </message>
    <message>
        <source>resource type %1 (instance #%2)</source>
        <translation>Resource Type %1 (Instanz #%2)</translation>
    </message>
    <message>
        <source>Autoprovisioning is not Yes for the &quot;%1&quot; service in %2. Set it to Yes (step 2), then re-run.</source>
        <translation>Autoprovisioning ist für den Dienst &quot;%1&quot; in %2 nicht auf Yes gesetzt. Setzen Sie es auf Yes (Schritt 2) und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>Autoprovisioning is Yes for the &quot;%1&quot; service in %2.</source>
        <translation>Autoprovisioning ist für den Dienst &quot;%1&quot; in %2 auf Yes gesetzt.</translation>
    </message>
    <message>
        <source>%1 (instance #%2)</source>
        <translation>%1 (Instanz #%2)</translation>
    </message>
    <message>
        <source>PA lists no resource type for the &quot;%1&quot; service of application %2. Confirm by hand that one exists with Autoprovisioning = Yes.</source>
        <translation>PA führt keinen Ressourcentyp für den Dienst „%1“ der Anwendung %2 auf. Bestätigen Sie von Hand, dass es einen mit Autoprovisioning = Yes gibt.</translation>
    </message>
    <message>
        <source>%1 has no autoprovide_service among its activation parameters (%2)</source>
        <translation>%1 hat kein autoprovide_service unter seinen Aktivierungsparametern (%2)</translation>
    </message>
    <message>
        <source>%1 lacks act_params in service template %2</source>
        <translation>bei %1 fehlen act_params in der Service-Vorlage %2</translation>
    </message>
    <message>
        <source>%1 has autoprovide_service = %2, neither &quot;1&quot; nor &quot;0&quot;</source>
        <translation>%1 hat autoprovide_service = %2, weder „1“ noch „0“</translation>
    </message>
    <message>
        <source>%1 is in no service template, and PA gives a resource type&apos;s activation parameters only with a template, so Autoprovisioning could not be read. Confirm by hand: %2</source>
        <translation>%1 ist in keiner Service-Vorlage, und PA liefert die Aktivierungsparameter eines Ressourcentyps nur mit einer Vorlage; Autoprovisioning ließ sich daher nicht lesen. Bestätigen Sie von Hand: %2</translation>
    </message>
</context>
<context>
    <name>o365::PaCredentialedCheck</name>
    <message>
        <source>No PA API password is stored for %1 at %2: enter it on the PA Application page and save it in the keychain (or use it for this run only). Until then, confirm this step by hand.</source>
        <translation>Für %1 unter %2 ist kein PA-API-Kennwort gespeichert: Geben Sie es auf der Seite PA-Anwendung ein und speichern Sie es im Schlüsselbund (oder verwenden Sie es nur für diesen Lauf). Bis dahin bestätigen Sie diesen Schritt manuell.</translation>
    </message>
    <message>
        <source>The PA API password for %1 at %2 could not be read: %3 Until then, confirm this step by hand.</source>
        <translation>Das PA-API-Kennwort für %1 unter %2 konnte nicht gelesen werden: %3 Bis dahin bestätigen Sie diesen Schritt manuell.</translation>
    </message>
    <message>
        <source>The PA API password could not be read, or the PA public API did not answer, within %1 seconds. Re-run later, or confirm this step by hand.</source>
        <translation>Das PA-API-Kennwort konnte nicht gelesen werden, oder die öffentliche PA-API hat nicht geantwortet, jeweils innerhalb von %1 Sekunden. Wiederholen Sie die Prüfung später, oder bestätigen Sie diesen Schritt manuell.</translation>
    </message>
</context>
<context>
    <name>o365::PaCredentials</name>
    <message>
        <source>No keychain is available to this run, so the PA API password cannot be read.</source>
        <translation>Diesem Lauf steht kein Schlüsselbund zur Verfügung, daher kann das PA-API-Kennwort nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The stored PA API password is empty.</source>
        <translation>Das gespeicherte PA-API-Kennwort ist leer.</translation>
    </message>
</context>
<context>
    <name>o365::PaEmptyServiceSetCheck</name>
    <message>
        <source>Step 4 does not apply: the synchronization script is not used on this installation.</source>
        <translation>Schritt 4 entfällt: Das Synchronisierungsskript wird in dieser Installation nicht verwendet.</translation>
    </message>
    <message>
        <source>an &quot;Empty Service Set&quot; application service resource type exists with Included Offers and Trial Offer ID set to %1, and it is included in the Office 365 service templates.</source>
        <translation>Ein Application Service Resource Type &quot;Empty Service Set&quot; existiert, Included Offers und Trial Offer ID sind auf %1 gesetzt, und er ist in den Office 365 Service Templates enthalten.</translation>
    </message>
    <message numerus="yes">
        <source>There is no &quot;Empty Service Set&quot; resource type among the %n resource type(s) of class %1. Create it (step 4) with Included Offers and Trial Offer ID set to %2, include it in the Office 365 service templates, then re-run.</source>
        <translation>
            <numerusform>Unter dem %n Resource Type der Klasse %1 ist kein &quot;Empty Service Set&quot;. Legen Sie ihn an (Schritt 4) mit Included Offers und Trial Offer ID = %2, nehmen Sie ihn in die Office 365 Service Templates auf und führen Sie die Prüfung dann erneut aus.</numerusform>
            <numerusform>Unter den %n Resource Types der Klasse %1 ist kein &quot;Empty Service Set&quot;. Legen Sie ihn an (Schritt 4) mit Included Offers und Trial Offer ID = %2, nehmen Sie ihn in die Office 365 Service Templates auf und führen Sie die Prüfung dann erneut aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Included Offers is &quot;%1&quot;</source>
        <translation>Included Offers ist &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Trial Offer ID is &quot;%1&quot;</source>
        <translation>Trial Offer ID ist &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The Empty Service Set resource type is not set up as step 4 requires — %1. Set both activation parameters to %2, then re-run.</source>
        <translation>Der Resource Type Empty Service Set ist nicht wie in Schritt 4 gefordert eingerichtet — %1. Setzen Sie beide Activation Parameters auf %2 und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>Existing Office 365 subscriptions must be updated accordingly (not readable through the API).</source>
        <translation>Vorhandene Office 365-Abonnements müssen entsprechend aktualisiert werden (über die API nicht lesbar).</translation>
    </message>
    <message>
        <source>The Empty Service Set resource type %1 has Included Offers and Trial Offer ID set to %2 and is included in every service template: %3. %4</source>
        <translation>Der Resource Type Empty Service Set %1 hat Included Offers und Trial Offer ID = %2 und ist in jedem Service Template enthalten: %3. %4</translation>
    </message>
    <message>
        <source>The Empty Service Set resource type %1 is set up and included in %2, but not in %3. PA does not say which templates are the Office 365 ones. Confirm by hand: none of %3 is an Office 365 service template (or include the Empty Service Set there), and the existing Office 365 subscriptions were updated accordingly.</source>
        <translation>Der Resource Type Empty Service Set %1 ist eingerichtet und in %2 enthalten, aber nicht in %3. PA gibt nicht an, welche Templates die Office 365-Templates sind. Bestätigen Sie manuell: Keines von %3 ist ein Office 365 Service Template (oder nehmen Sie Empty Service Set dort auf), und die vorhandenen Office 365-Abonnements wurden entsprechend aktualisiert.</translation>
    </message>
    <message>
        <source>PA lists no resource types of class %1: the class may be named differently on this installation. Confirm by hand: %2</source>
        <translation>PA führt keine Ressourcentypen der Klasse %1 auf: Die Klasse heißt auf dieser Installation vielleicht anders. Bestätigen Sie von Hand: %2</translation>
    </message>
    <message>
        <source>the Empty Service Set resource type %1 has Included Offers and Trial Offer ID set to %2, is included in every Office 365 service template, and the existing Office 365 subscriptions were updated accordingly.</source>
        <translation>der Ressourcentyp Empty Service Set %1 hat Included Offers und Trial Offer ID auf %2, ist in jeder Office-365-Service-Vorlage enthalten, und die bestehenden Office-365-Abonnements wurden entsprechend aktualisiert.</translation>
    </message>
    <message>
        <source>PA lists no service templates. Confirm by hand: %1</source>
        <translation>PA führt keine Service-Vorlagen auf. Bestätigen Sie von Hand: %1</translation>
    </message>
    <message>
        <source>it lacks act_params of resource type %1 in service template %2</source>
        <translation>es fehlen die act_params von Ressourcentyp %1 in der Service-Vorlage %2</translation>
    </message>
    <message>
        <source>Included Offers is not among its activation parameters (%1)</source>
        <translation>Included Offers ist nicht unter seinen Aktivierungsparametern (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Trial Offer ID is not among its activation parameters (%1)</source>
        <translation>Trial Offer ID ist nicht unter seinen Aktivierungsparametern (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The Empty Service Set resource type %1 is included in none of the %n service template(s) (%2), so its activation parameters (which PA gives only with a template) could not be read either. Include it in the Office 365 service templates (step 4), update the existing Office 365 subscriptions, then re-run.</source>
        <translation>
            <numerusform>Der Ressourcentyp Empty Service Set %1 ist in der %n Service-Vorlage (%2) nicht enthalten, daher ließen sich auch seine Aktivierungsparameter (die PA nur mit einer Vorlage liefert) nicht lesen. Nehmen Sie ihn in die Office-365-Service-Vorlagen auf (Schritt 4), aktualisieren Sie die bestehenden Office-365-Abonnements und prüfen Sie dann erneut.</numerusform>
            <numerusform>Der Ressourcentyp Empty Service Set %1 ist in keiner der %n Service-Vorlagen (%2) enthalten, daher ließen sich auch seine Aktivierungsparameter (die PA nur mit einer Vorlage liefert) nicht lesen. Nehmen Sie ihn in die Office-365-Service-Vorlagen auf (Schritt 4), aktualisieren Sie die bestehenden Office-365-Abonnements und prüfen Sie dann erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>o365::PaInstancesCheck</name>
    <message>
        <source>list the Office 365 application instances and their versions in the Provider Control Panel.</source>
        <translation>Lassen Sie sich im Provider Control Panel die Instanzen der Office 365-Anwendung und ihre Versionen anzeigen.</translation>
    </message>
    <message>
        <source>check in the Provider Control Panel that every Office 365 application instance is at the new version and Ready.</source>
        <translation>Prüfen Sie im Provider Control Panel, ob jede Instanz der Office 365-Anwendung die neue Version hat und Ready ist.</translation>
    </message>
    <message>
        <source>Enter the ID of the Office 365 application in PA to list its instances. Or confirm by hand: %1</source>
        <translation>Geben Sie die ID der Office 365-Anwendung in PA ein, um ihre Instanzen aufzulisten. Oder bestätigen Sie manuell: %1</translation>
    </message>
    <message>
        <source>PA lists no instances of application %1. Check the application ID; if there are none, there is nothing to upgrade. Confirm by hand: %2</source>
        <translation>PA listet keine Instanzen der Anwendung %1 auf. Prüfen Sie die Anwendungs-ID; gibt es keine, ist nichts zu aktualisieren. Bestätigen Sie manuell: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) of application %1: %2.</source>
        <translation>
            <numerusform>%n Instanz der Anwendung %1: %2.</numerusform>
            <numerusform>%n Instanzen der Anwendung %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>not at version %1: %2</source>
        <translation>nicht auf Version %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n instance(s) are at version %1 or later and Ready: %2.</source>
        <translation>
            <numerusform>Die %n Instanz hat Version %1 oder neuer und ist Ready: %2.</numerusform>
            <numerusform>Alle %n Instanzen haben Version %1 oder neuer und sind Ready: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>unexpected status &apos;%1&apos; of #%2 (none of PA&apos;s documented states)</source>
        <translation>unerwarteter Status „%1“ von #%2 (keiner der dokumentierten Zustände von PA)</translation>
    </message>
    <message>
        <source>Busy — let PA finish these before the bulk upgrade, then re-check: %1.</source>
        <translation>Beschäftigt — lassen Sie PA diese vor dem Massen-Upgrade abschließen und prüfen Sie dann erneut: %1.</translation>
    </message>
    <message>
        <source>Disabled, so not ready: %1.</source>
        <translation>Deaktiviert, also nicht bereit: %1.</translation>
    </message>
    <message>
        <source>busy, wait until PA finishes and re-check: %1</source>
        <translation>beschäftigt, warten Sie, bis PA fertig ist, und prüfen Sie erneut: %1</translation>
    </message>
    <message>
        <source>not ready (Disabled): %1</source>
        <translation>nicht bereit (Disabled): %1</translation>
    </message>
    <message>
        <source>Not every instance is upgraded and Ready — %1. Wait for running tasks, enable what is disabled, run the bulk upgrade (step 3) again for the rest, then re-run.</source>
        <translation>Nicht jede Instanz ist aktualisiert und Ready — %1. Warten Sie laufende Aufgaben ab, aktivieren Sie Deaktiviertes, führen Sie das Massen-Upgrade (Schritt 3) für den Rest erneut aus und prüfen Sie dann erneut.</translation>
    </message>
    <message>
        <source>PA&apos;s answer for the others was unexpected: %1.</source>
        <translation>Die Antwort von PA für die anderen war unerwartet: %1.</translation>
    </message>
    <message>
        <source>Instances: %1. But the package&apos;s version is not known, so the versions could not be compared: confirm by hand that every instance is at the new version and Ready.</source>
        <translation>Instanzen: %1. Die Version des Pakets ist aber nicht bekannt, daher ließen sich die Versionen nicht vergleichen: Bestätigen Sie von Hand, dass jede Instanz die neue Version hat und Ready ist.</translation>
    </message>
</context>
<context>
    <name>o365::PaMosiUrlLookup</name>
    <message>
        <source>The PA public API is not configured (address, login and application ID on the PA Application page): enter the URL for MOSI Connector by hand.</source>
        <translation>Die öffentliche PA-API ist nicht konfiguriert (Adresse, Anmeldename und Anwendungs-ID auf der Seite PA-Anwendung): Geben Sie die URL for MOSI Connector manuell ein.</translation>
    </message>
    <message>
        <source>The PA API password is not available from the keychain (%1): save it on the PA Application page, or enter the URL for MOSI Connector by hand.</source>
        <translation>Das PA-API-Kennwort ist im Schlüsselbund nicht verfügbar (%1): Speichern Sie es auf der Seite PA-Anwendung, oder geben Sie die URL for MOSI Connector manuell ein.</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>nicht gespeichert</translation>
    </message>
    <message>
        <source>%1 Enter the URL for MOSI Connector by hand.</source>
        <translation>%1 Geben Sie die URL for MOSI Connector manuell ein.</translation>
    </message>
    <message>
        <source>PA lists no instances of application %1: check the application ID, or enter the URL for MOSI Connector by hand.</source>
        <translation>PA listet keine Instanzen der Anwendung %1 auf: Prüfen Sie die Anwendungs-ID, oder geben Sie die URL for MOSI Connector manuell ein.</translation>
    </message>
    <message>
        <source>instance #%1: %2</source>
        <translation>Instanz #%1: %2</translation>
    </message>
    <message>
        <source>Read from PA (application %1) — %2.</source>
        <translation>Aus PA gelesen (Anwendung %1) — %2.</translation>
    </message>
</context>
<context>
    <name>o365::PaMosiUrlReader</name>
    <message>
        <source>%1 Enter the URL for MOSI Connector by hand.</source>
        <translation>%1 Geben Sie die URL for MOSI Connector manuell ein.</translation>
    </message>
    <message>
        <source>The URL for MOSI Connector of instance #%1 is %2.</source>
        <translation>Die URL for MOSI Connector von Instanz #%1 ist %2.</translation>
    </message>
    <message>
        <source>The settings of instance #%1 hold no URL for MOSI Connector%2. Enter it by hand.</source>
        <translation>Die Einstellungen von Instanz #%1 enthalten keine URL for MOSI Connector%2. Geben Sie sie manuell ein.</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
</context>
<context>
    <name>o365::PaTemplateReader</name>
    <message>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; (#%2)</source>
        <translation>„%1“ (#%2)</translation>
    </message>
    <message>
        <source>%1 (service template #%2)</source>
        <translation>%1 (Service-Vorlage #%2)</translation>
    </message>
</context>
<context>
    <name>o365::PaVersionCheck</name>
    <message>
        <source>Enter the PA (POA) version, as shown in the Provider Control Panel.</source>
        <translation>Geben Sie die PA-Version (POA) ein, wie sie im Provider Control Panel angezeigt wird.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version number. Enter it as 5.4.4 or 5.5.</source>
        <translation>&quot;%1&quot; ist keine Versionsnummer. Geben Sie sie in der Form 5.4.4 oder 5.5 ein.</translation>
    </message>
    <message>
        <source>PA %1 is older than %2: the Microsoft Office 365 Application Package requires POA %2 or later. Upgrade PA first.</source>
        <translation>PA %1 ist älter als %2: Das Microsoft Office 365 Application Package erfordert POA %2 oder neuer. Aktualisieren Sie zuerst PA.</translation>
    </message>
    <message>
        <source>PA %1 meets the requirement (POA %2 or later).</source>
        <translation>PA %1 erfüllt die Anforderung (POA %2 oder neuer).</translation>
    </message>
</context>
<context>
    <name>o365::PearCheck</name>
    <message>
        <source>The versions of the application instances are not known yet: enter them on the Start page (or read them from PA), then re-run this check.</source>
        <translation>Die Versionen der Anwendungsinstanzen sind noch unbekannt: Geben Sie sie auf der Startseite ein (oder lesen Sie sie aus PA) und führen Sie diese Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>Some application instance versions cannot be read (%1): correct them on the Start page, then re-run this check.</source>
        <translation>Einige Versionen von Anwendungsinstanzen können nicht gelesen werden (%1): Korrigieren Sie sie auf der Startseite und führen Sie diese Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>No application instance is older than 4.0 (%1): HTTP_Request is not needed.</source>
        <translation>Keine Anwendungsinstanz ist älter als 4.0 (%1): HTTP_Request wird nicht benötigt.</translation>
    </message>
    <message>
        <source>Choose how to get the pear list output: over SSH, on this computer, or pasted.</source>
        <translation>Wählen Sie, wie die Ausgabe von pear list beschafft wird: über SSH, auf diesem Computer oder eingefügt.</translation>
    </message>
    <message>
        <source>Paste the output of pear list at step 2, or choose above to read it over ssh or on this computer.</source>
        <translation>Fügen Sie die Ausgabe von pear list bei Schritt 2 ein, oder wählen Sie oben, sie über ssh oder auf diesem Computer zu lesen.</translation>
    </message>
    <message>
        <source>HTTP_Request2 %1 is installed on %2.</source>
        <translation>HTTP_Request2 %1 ist auf %2 installiert.</translation>
    </message>
    <message>
        <source>HTTP_Request2 is not installed on %1. Run there: %2. The latest PEAR is required for it: if that fails, first run %3 and %4 (this installs or upgrades PEAR), then %2 again.</source>
        <translation>HTTP_Request2 ist auf %1 nicht installiert. Führen Sie dort aus: %2. Dafür ist die neueste PEAR-Version erforderlich: Schlägt dies fehl, führen Sie zuerst %3 und %4 aus (das installiert oder aktualisiert PEAR) und dann erneut %2.</translation>
    </message>
    <message>
        <source>Installed PEAR version: %1.</source>
        <translation>Installierte PEAR-Version: %1.</translation>
    </message>
    <message>
        <source>HTTP_Request %1 is installed on %2, as the application instances older than 4.0 (%3) need.</source>
        <translation>HTTP_Request %1 ist auf %2 installiert, wie es die Anwendungsinstanzen älter als 4.0 (%3) benötigen.</translation>
    </message>
    <message>
        <source>HTTP_Request is not installed on %1, but application instances older than 4.0 (%2) need it. Run there: %3.</source>
        <translation>HTTP_Request ist auf %1 nicht installiert, wird aber von Anwendungsinstanzen älter als 4.0 (%2) benötigt. Führen Sie dort aus: %3.</translation>
    </message>
    <message>
        <source>its PEAR installer is %1, and HTTP_Request2 needs 1.9.2 or later</source>
        <translation>sein PEAR-Installer ist %1, HTTP_Request2 braucht aber 1.9.2 oder neuer</translation>
    </message>
    <message>
        <source>its Net_URL2 is %1, and HTTP_Request2 needs 2.0.0 or later</source>
        <translation>sein Net_URL2 ist %1, HTTP_Request2 braucht aber 2.0.0 oder neuer</translation>
    </message>
    <message>
        <source>HTTP_Request2 is not installed on %1, and %2. Upgrade first: run there %3, then %4. If the upgrade of PEAR fails, run %5 and %6 (this installs the current PEAR), then %4.</source>
        <translation>HTTP_Request2 ist auf %1 nicht installiert, und %2. Aktualisieren Sie zuerst: Führen Sie dort %3 aus, dann %4. Schlägt die Aktualisierung von PEAR fehl, führen Sie %5 und %6 aus (das installiert das aktuelle PEAR), dann %4.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, und </translation>
    </message>
</context>
<context>
    <name>o365::PearList</name>
    <message>
        <source>pear is not installed there, or not on the PATH: &quot;%1&quot;. Install PEAR (for example the php-pear package, or go-pear) and run pear list again.</source>
        <translation>pear ist dort nicht installiert oder nicht im PATH: &quot;%1&quot;. Installieren Sie PEAR (zum Beispiel das Paket php-pear oder go-pear) und führen Sie pear list erneut aus.</translation>
    </message>
    <message>
        <source>The output of pear list stops after its header &quot;%1&quot;: the &quot;Package Version State&quot; table is missing. Copy the complete output and try again.</source>
        <translation>Die Ausgabe von pear list endet nach der Kopfzeile &quot;%1&quot;: Die Tabelle &quot;Package Version State&quot; fehlt. Kopieren Sie die vollständige Ausgabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The output of pear list has a package table with no rows (channel %1): it looks cut off. Copy the complete output and try again.</source>
        <translation>Die Ausgabe von pear list enthält eine Pakettabelle ohne Zeilen (Kanal %1): Sie scheint abgeschnitten. Kopieren Sie die vollständige Ausgabe und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The output of pear list is empty. Run pear list and copy all it prints.</source>
        <translation>Die Ausgabe von pear list ist leer. Führen Sie pear list aus und kopieren Sie die gesamte Ausgabe.</translation>
    </message>
    <message>
        <source>This is not the output of pear list: it has no &quot;Installed packages, channel ...:&quot; header. It begins with &quot;%1&quot;.</source>
        <translation>Dies ist keine Ausgabe von pear list: Die Kopfzeile &quot;Installed packages, channel ...:&quot; fehlt. Sie beginnt mit &quot;%1&quot;.</translation>
    </message>
</context>
<context>
    <name>o365::PearListSource</name>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>the pasted output</source>
        <translation>die eingefügte Ausgabe</translation>
    </message>
    <message>
        <source>Enter the Provisioning Gateway Host&apos;s name or IP address.</source>
        <translation>Geben Sie Namen oder IP-Adresse des Provisioning Gateway Host ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name: a host cannot begin with &quot;-&quot; (ssh would read it as an option).</source>
        <translation>&quot;%1&quot; ist kein Hostname: Ein Host darf nicht mit &quot;-&quot; beginnen (ssh würde ihn als Option lesen).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or IP address: use only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot; (or an IPv6 address), without a user name, port, spaces or options.</source>
        <translation>&quot;%1&quot; ist kein Hostname und keine IP-Adresse: Verwenden Sie nur Buchstaben, Ziffern, &quot;.&quot;, &quot;-&quot; und &quot;_&quot; (oder eine IPv6-Adresse), ohne Benutzernamen, Port, Leerzeichen oder Optionen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name: use only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;, not beginning with &quot;-&quot; or &quot;.&quot;.</source>
        <translation>&quot;%1&quot; ist kein Benutzername: Verwenden Sie nur Buchstaben, Ziffern, &quot;.&quot;, &quot;-&quot; und &quot;_&quot;, nicht am Anfang &quot;-&quot; oder &quot;.&quot;.</translation>
    </message>
    <message>
        <source>ssh to %1 did not finish within %2 seconds and was stopped. The host may be unreachable or filtered by a firewall, or pear list hangs there: log on to it and run pear list by hand.</source>
        <translation>ssh zu %1 wurde nicht innerhalb von %2 Sekunden beendet und abgebrochen. Der Host ist möglicherweise nicht erreichbar oder durch eine Firewall gefiltert, oder pear list hängt dort: Melden Sie sich dort an und führen Sie pear list manuell aus.</translation>
    </message>
    <message>
        <source>pear list did not finish within %1 seconds on this computer and was stopped.</source>
        <translation>pear list wurde auf diesem Computer nicht innerhalb von %1 Sekunden beendet und abgebrochen.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Keine Antwort innerhalb von %1 Sekunden.</translation>
    </message>
    <message>
        <source>Killed after %1 ms.</source>
        <translation>Nach %1 ms beendet.</translation>
    </message>
    <message>
        <source>ssh could not be started on this computer (%1). Install the OpenSSH client, or run pear list on the host and paste its output.</source>
        <translation>ssh konnte auf diesem Computer nicht gestartet werden (%1). Installieren Sie den OpenSSH-Client, oder führen Sie pear list auf dem Host aus und fügen Sie die Ausgabe ein.</translation>
    </message>
    <message>
        <source>pear is not installed on this computer, or not on the PATH (%1). Run pear list on the Provisioning Gateway Host instead.</source>
        <translation>pear ist auf diesem Computer nicht installiert oder nicht im PATH (%1). Führen Sie pear list stattdessen auf dem Provisioning Gateway Host aus.</translation>
    </message>
    <message>
        <source>%1 crashed while running pear list.</source>
        <translation>%1 ist beim Ausführen von pear list abgestürzt.</translation>
    </message>
    <message>
        <source>pear list failed on this computer (exit code %1): %2</source>
        <translation>pear list ist auf diesem Computer fehlgeschlagen (Exit-Code %1): %2</translation>
    </message>
    <message>
        <source>no error message</source>
        <translation>keine Fehlermeldung</translation>
    </message>
    <message>
        <source>%1 is not known to DNS as seen from this computer (ssh: Could not resolve hostname). Check the spelling, or enter the host&apos;s IP address.</source>
        <translation>%1 ist aus Sicht dieses Computers im DNS unbekannt (ssh: Could not resolve hostname). Prüfen Sie die Schreibweise, oder geben Sie die IP-Adresse des Hosts ein.</translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server listens on that port. Check the port, and that sshd runs on the Provisioning Gateway Host.</source>
        <translation>%1 hat die Verbindung abgelehnt: Auf diesem Port wartet kein SSH-Server. Prüfen Sie den Port und ob sshd auf dem Provisioning Gateway Host läuft.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out: the host is down, or a firewall drops SSH from this computer.</source>
        <translation>Zeitüberschreitung bei der Verbindung zu %1: Der Host ist nicht erreichbar, oder eine Firewall verwirft SSH von diesem Computer.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer (no route to host). Check the network path or VPN.</source>
        <translation>%1 ist von diesem Computer aus nicht erreichbar (no route to host). Prüfen Sie den Netzwerkpfad oder das VPN.</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED since this computer last connected: this may be a reinstalled host, or someone intercepting the connection. Confirm the new key with the host&apos;s administrator before removing the old one (ssh-keygen -R %1).</source>
        <translation>Der Hostschlüssel von %1 hat sich seit der letzten Verbindung dieses Computers GEÄNDERT: Der Host wurde möglicherweise neu installiert, oder jemand fängt die Verbindung ab. Bestätigen Sie den neuen Schlüssel mit dem Administrator des Hosts, bevor Sie den alten entfernen (ssh-keygen -R %1).</translation>
    </message>
    <message>
        <source>The host key of %1 is not known to this computer, and the wizard never accepts an unknown key. Connect once from a terminal (ssh %2), compare the fingerprint with the host&apos;s administrator, accept it, then re-run.</source>
        <translation>Der Hostschlüssel von %1 ist diesem Computer unbekannt, und der Assistent akzeptiert nie einen unbekannten Schlüssel. Verbinden Sie sich einmal über ein Terminal (ssh %2), vergleichen Sie den Fingerabdruck mit dem Administrator des Hosts, akzeptieren Sie ihn und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>%1 refused to log in %2 with this computer&apos;s SSH keys (Permission denied). The wizard never asks for a password: load a key into ssh-agent or add this computer&apos;s public key to the user&apos;s authorized_keys, then re-run.</source>
        <translation>%1 hat die Anmeldung von %2 mit den SSH-Schlüsseln dieses Computers abgelehnt (Permission denied). Der Assistent fragt nie nach einem Kennwort: Laden Sie einen Schlüssel in ssh-agent oder fügen Sie den öffentlichen Schlüssel dieses Computers zu authorized_keys des Benutzers hinzu und führen Sie die Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>the default user</source>
        <translation>den Standardbenutzer</translation>
    </message>
    <message>
        <source>ssh to %1 failed: %2</source>
        <translation>ssh zu %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>pear is not installed on %1, or not on the PATH of a non-interactive login (pear: command not found). Install PEAR there: wget http://pear.php.net/go-pear.phar and php go-pear.phar (or the distribution&apos;s php-pear package), then run pear install HTTP_Request2.</source>
        <translation>pear ist auf %1 nicht installiert oder nicht im PATH einer nicht interaktiven Anmeldung (pear: command not found). Installieren Sie PEAR dort: wget http://pear.php.net/go-pear.phar und php go-pear.phar (oder das Paket php-pear der Distribution), dann pear install HTTP_Request2 ausführen.</translation>
    </message>
    <message>
        <source>pear list failed on %1 (exit code %2): %3</source>
        <translation>pear list ist auf %1 fehlgeschlagen (Exit-Code %2): %3</translation>
    </message>
</context>
<context>
    <name>o365::ProvisioningPage</name>
    <message>
        <source>How to read pear list from the Provisioning Gateway Host</source>
        <translation>Wie pear list vom Provisioning Gateway Host gelesen wird</translation>
    </message>
    <message>
        <source>Over &amp;ssh (this computer&apos;s ssh and keys; no password is ever asked)</source>
        <translation>&amp;Über SSH (ssh und Schlüssel dieses Computers; nie wird ein Kennwort abgefragt)</translation>
    </message>
    <message>
        <source>Run it &amp;here (this computer is the Provisioning Gateway Host)</source>
        <translation>&amp;Hier ausführen (dieser Computer ist der Provisioning Gateway Host)</translation>
    </message>
    <message>
        <source>&amp;Paste its output at step 2</source>
        <translation>Ausgabe bei Schritt 2 ein&amp;fügen</translation>
    </message>
    <message>
        <source>pgw.example.com</source>
        <translation>pgw.example.com</translation>
    </message>
    <message>
        <source>root</source>
        <translation>root</translation>
    </message>
    <message>
        <source>22</source>
        <translation>22</translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation>H&amp;ost:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>Po&amp;rt:</translation>
    </message>
</context>
<context>
    <name>o365::ProxyAuthPrompt</name>
    <message>
        <source>Proxy authentication</source>
        <translation>Proxy-Authentifizierung</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password. Enter them again; they are kept for this run only.</source>
        <translation>Der Proxy %1 hat Benutzername und Kennwort nicht angenommen. Geben Sie sie erneut ein; sie werden nur für diesen Lauf aufbewahrt.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password. They are kept for this run only, never saved.</source>
        <translation>Der Proxy %1 verlangt einen Benutzernamen und ein Kennwort. Sie werden nur für diesen Lauf aufbewahrt und nie gespeichert.</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Benutzername für den Proxy</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Kennwort für den Proxy</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kennwort:</translation>
    </message>
</context>
<context>
    <name>o365::ProxyDialog</name>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>How the wizard reaches the gateway applications and the PA API. A proxy password is asked for when the proxy wants one and kept for this run only.</source>
        <translation>Wie der Assistent die Gateway-Anwendungen und die PA-API erreicht. Ein Proxy-Kennwort wird abgefragt, wenn der Proxy eines verlangt, und nur für diesen Lauf aufbewahrt.</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Proxy-Einstellungen des &amp;Systems verwenden</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Kein Proxy</translation>
    </message>
    <message>
        <source>&amp;Manual proxy (HTTP, CONNECT for https):</source>
        <translation>&amp;Manueller Proxy (HTTP, CONNECT für https):</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Proxy-Host</translation>
    </message>
    <message>
        <source>e.g. proxy.example.com</source>
        <translation>z. B. proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Proxy-Port</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Proxy-Benutzer</translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation>Nur, wenn der Proxy einen verlangt</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
</context>
<context>
    <name>o365::ProxySettings</name>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>Geben Sie den Hostnamen oder die Adresse des Proxys ein.</translation>
    </message>
    <message>
        <source>The proxy host &quot;%1&quot; is not a host name or address (no scheme, path or spaces).</source>
        <translation>Der Proxy-Host „%1“ ist kein Hostname und keine Adresse (ohne Schema, Pfad oder Leerzeichen).</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port (1–65535).</source>
        <translation>Geben Sie den Port des Proxys ein (1–65535).</translation>
    </message>
</context>
<context>
    <name>o365::PublicKeyDialog</name>
    <message>
        <source>Save the trusted-keys line</source>
        <translation>Zeile für vertrauenswürdige Schlüssel speichern</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Textdateien (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>My public key</source>
        <translation>Mein öffentlicher Schlüssel</translation>
    </message>
    <message>
        <source>Reading the signing key of %1 from the keychain (it may ask to be unlocked)…</source>
        <translation>Der Signaturschlüssel von %1 wird aus dem Schlüsselbund gelesen (er fragt möglicherweise nach dem Entsperren)…</translation>
    </message>
    <message>
        <source>Reading the key</source>
        <translation>Schlüssel wird gelesen</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256)</source>
        <translation>Schlüssel-Fingerabdruck (SHA-256)</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Fingerabdruck (SHA-256):</translation>
    </message>
    <message>
        <source>The line for the team&apos;s trusted-keys file</source>
        <translation>Die Zeile für die Datei der vertrauenswürdigen Schlüssel des Teams</translation>
    </message>
    <message>
        <source>&amp;Trusted-keys line:</source>
        <translation>&amp;Zeile für vertrauenswürdige Schlüssel:</translation>
    </message>
    <message>
        <source>Send this line to your team lead for the team&apos;s trusted-keys file; read the fingerprint out when they ask. Reports you sign then verify as signed by you.</source>
        <translation>Senden Sie diese Zeile Ihrer Teamleitung für die Datei der vertrauenswürdigen Schlüssel des Teams; lesen Sie den Fingerabdruck vor, wenn danach gefragt wird. Von Ihnen signierte Berichte werden dann als von Ihnen signiert bestätigt.</translation>
    </message>
    <message>
        <source>&amp;Copy line</source>
        <translation>Zeile &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy the trusted-keys line</source>
        <translation>Zeile für vertrauenswürdige Schlüssel kopieren</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>In Datei &amp;speichern…</translation>
    </message>
    <message>
        <source>Save the trusted-keys line to a file</source>
        <translation>Zeile für vertrauenswürdige Schlüssel in eine Datei speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Kopiert.</translation>
    </message>
    <message>
        <source>Enter your name as the engineer on the Start page first: the key is kept under it.</source>
        <translation>Geben Sie zuerst auf der Startseite Ihren Namen als Techniker ein: Der Schlüssel wird unter diesem Namen aufbewahrt.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>A new signing key for %1 was created and stored in the keychain.</source>
        <translation>Ein neuer Signaturschlüssel für %1 wurde erstellt und im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>The signing key of %1, from the keychain.</source>
        <translation>Der Signaturschlüssel von %1 aus dem Schlüsselbund.</translation>
    </message>
    <message>
        <source>✔ Saved to %1.</source>
        <translation>✔ Gespeichert in %1.</translation>
    </message>
</context>
<context>
    <name>o365::ReportCli</name>
    <message>
        <source>A PDF needs the graphical application object; run with QT_QPA_PLATFORM=offscreen or choose --format json,html.</source>
        <translation>Ein PDF erfordert das grafische Anwendungsobjekt; führen Sie mit QT_QPA_PLATFORM=offscreen aus oder wählen Sie --format json,html.</translation>
    </message>
    <message>
        <source>A new signing key was created and stored in the keychain.
</source>
        <translation>Ein neuer Signaturschlüssel wurde erstellt und im Schlüsselbund gespeichert.
</translation>
    </message>
    <message>
        <source>SHA-256 of the JSON: %1
</source>
        <translation>SHA-256 des JSON: %1
</translation>
    </message>
    <message>
        <source>Signed, key fingerprint: %1
</source>
        <translation>Signiert, Schlüssel-Fingerabdruck: %1
</translation>
    </message>
    <message>
        <source>Not signed.
</source>
        <translation>Nicht signiert.
</translation>
    </message>
</context>
<context>
    <name>o365::ReportCountersignJob</name>
    <message>
        <source>Give the reviewer&apos;s name: the countersignature is made with that reviewer&apos;s key.</source>
        <translation>Geben Sie den Namen des Prüfers an: Die Gegenzeichnung erfolgt mit dessen Schlüssel.</translation>
    </message>
    <message>
        <source>Not countersigned: the report&apos;s own signature does not hold.</source>
        <translation>Nicht gegengezeichnet: Die eigene Signatur des Berichts ist nicht gültig.</translation>
    </message>
    <message>
        <source>Not countersigned: the report changed since it was opened for review (SHA-256 %1, now %2). Open it again and review what it says now.</source>
        <translation>Nicht gegengezeichnet: Der Bericht wurde seit dem Öffnen zur Prüfung geändert (SHA-256 %1, jetzt %2). Öffnen Sie ihn erneut und prüfen Sie den aktuellen Inhalt.</translation>
    </message>
    <message>
        <source>Not countersigned: the reviewer&apos;s key is the key that signed the report (%1). A countersignature must come from a second engineer.</source>
        <translation>Nicht gegengezeichnet: Der Schlüssel des Prüfers ist der Schlüssel, mit dem der Bericht signiert wurde (%1). Eine Gegenzeichnung muss von einem zweiten Techniker stammen.</translation>
    </message>
</context>
<context>
    <name>o365::ReportExportJob</name>
    <message>
        <source>The report was exported without a signature.</source>
        <translation>Der Bericht wurde ohne Signatur exportiert.</translation>
    </message>
</context>
<context>
    <name>o365::ResumeDialog</name>
    <message>
        <source>Resume an upgrade</source>
        <translation>Upgrade fortsetzen</translation>
    </message>
    <message>
        <source>These upgrades are not finished. Resume one, or start a new session.</source>
        <translation>Diese Upgrades sind nicht abgeschlossen. Setzen Sie eines fort oder beginnen Sie eine neue Sitzung.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Techniker</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Zuletzt gespeichert</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Letzte Seite</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Unfinished sessions</source>
        <translation>Unfertige Sitzungen</translation>
    </message>
    <message>
        <source>(cannot be opened)</source>
        <translation>(kann nicht geöffnet werden)</translation>
    </message>
    <message>
        <source> (training)</source>
        <translation> (Schulung)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Start &amp;new session</source>
        <translation>&amp;Neue Sitzung beginnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>o365::ReviewDialog</name>
    <message>
        <source>Signed report to review</source>
        <translation>Zu prüfender signierter Bericht</translation>
    </message>
    <message>
        <source>Reports (*.json);;All files (*)</source>
        <translation>Berichte (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Review a signed report</source>
        <translation>Signierten Bericht prüfen</translation>
    </message>
    <message>
        <source>No report opened.</source>
        <translation>Kein Bericht geöffnet.</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Berichtsdatei</translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation>Bericht ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a signed report</source>
        <translation>Signierten Bericht öffnen</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung der Signatur</translation>
    </message>
    <message>
        <source>Signer, time, key fingerprint and countersignatures</source>
        <translation>Unterzeichner, Zeitpunkt, Schlüssel-Fingerabdruck und Gegenzeichnungen</translation>
    </message>
    <message>
        <source>The report (read-only)</source>
        <translation>Der Bericht (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Countersign as reviewer</source>
        <translation>Als Prüfer gegenzeichnen</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Name des Prüfers</translation>
    </message>
    <message>
        <source>Your name: your own signing key from the keychain is used</source>
        <translation>Ihr Name: Ihr eigener Signaturschlüssel aus dem Schlüsselbund wird verwendet</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Name des Prüfers:</translation>
    </message>
    <message>
        <source>&amp;Countersign</source>
        <translation>&amp;Gegenzeichnen</translation>
    </message>
    <message>
        <source>Countersign the report</source>
        <translation>Bericht gegenzeichnen</translation>
    </message>
    <message>
        <source>Countersigning in progress</source>
        <translation>Gegenzeichnung läuft</translation>
    </message>
    <message>
        <source>Countersignature result</source>
        <translation>Ergebnis der Gegenzeichnung</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>✔</source>
        <translation>✔</translation>
    </message>
    <message>
        <source>✖</source>
        <translation>✖</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>This report cannot be countersigned: its signature must hold first.</source>
        <translation>Dieser Bericht kann nicht gegengezeichnet werden: Zuerst muss seine Signatur gültig sein.</translation>
    </message>
    <message>
        <source>Countersigning… (the keychain may ask to be unlocked)</source>
        <translation>Gegenzeichnung… (der Schlüsselbund fragt möglicherweise nach dem Entsperren)</translation>
    </message>
    <message>
        <source>✔ Countersigned by %1, key fingerprint %2%3. Written:
%4</source>
        <translation>✔ Gegengezeichnet von %1, Schlüssel-Fingerabdruck %2%3. Geschrieben:
%4</translation>
    </message>
    <message>
        <source> (a new key, now kept in your keychain)</source>
        <translation> (ein neuer Schlüssel, jetzt in Ihrem Schlüsselbund)</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>⚠</source>
        <translation>⚠</translation>
    </message>
    <message>
        <source>Trusted-keys file</source>
        <translation>Datei der vertrauenswürdigen Schlüssel</translation>
    </message>
    <message>
        <source>Trusted keys (*.txt);;All files (*)</source>
        <translation>Vertrauenswürdige Schlüssel (*.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Trusted &amp;keys…</source>
        <translation>Vertrauenswürdige &amp;Schlüssel…</translation>
    </message>
    <message>
        <source>Choose the trusted-keys file</source>
        <translation>Datei der vertrauenswürdigen Schlüssel wählen</translation>
    </message>
    <message>
        <source>My &amp;public key…</source>
        <translation>Mein ö&amp;ffentlicher Schlüssel…</translation>
    </message>
    <message>
        <source>The line and fingerprint your team lead adds to the team&apos;s trusted-keys file</source>
        <translation>Die Zeile und der Fingerabdruck, die Ihre Teamleitung in die Datei der vertrauenswürdigen Schlüssel des Teams aufnimmt</translation>
    </message>
    <message>
        <source>Show my public key for the trusted-keys file</source>
        <translation>Meinen öffentlichen Schlüssel für die Datei der vertrauenswürdigen Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Trusted keys: %1</source>
        <translation>Vertrauenswürdige Schlüssel: %1</translation>
    </message>
    <message>
        <source>Trusted keys: none (%1 does not exist or lists no key): a signature can show the report is unchanged, not who signed it.</source>
        <translation>Vertrauenswürdige Schlüssel: keine (%1 existiert nicht oder enthält keinen Schlüssel): Eine Signatur kann zeigen, dass der Bericht unverändert ist, nicht aber, wer ihn signiert hat.</translation>
    </message>
    <message numerus="yes">
        <source>Trusted keys: %n key(s) from %1</source>
        <translation>
            <numerusform>Vertrauenswürdige Schlüssel: %n Schlüssel aus %1</numerusform>
            <numerusform>Vertrauenswürdige Schlüssel: %n Schlüssel aus %1</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ %1 The trusted keys in use did not change.</source>
        <translation>✖ %1 Die verwendeten vertrauenswürdigen Schlüssel bleiben unverändert.</translation>
    </message>
</context>
<context>
    <name>o365::Session</name>
    <message>
        <source>Single Office 365 Gateway Application topology: the KB says to skip the Callbacks-Dispatcher steps.</source>
        <translation>Topologie Single Office 365 Gateway Application: Laut KB werden die Callbacks-Dispatcher-Schritte übersprungen.</translation>
    </message>
</context>
<context>
    <name>o365::SignOffPage</name>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Si&amp;gn it with my key (kept in the keychain; created the first time)</source>
        <translation>Mit meinem Schlüssel si&amp;gnieren (im Schlüsselbund aufbewahrt; beim ersten Mal erstellt)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>A new signing key was created and stored in the keychain.</source>
        <translation>Ein neuer Signaturschlüssel wurde erstellt und im Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>✔ Written:</source>
        <translation>✔ Geschrieben:</translation>
    </message>
    <message>
        <source>SHA-256 of the JSON: %1</source>
        <translation>SHA-256 des JSON: %1</translation>
    </message>
    <message>
        <source>Signed; key fingerprint %1</source>
        <translation>Signiert; Schlüssel-Fingerabdruck %1</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Nicht signiert.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — case %2 — engineer %3&lt;br&gt;PA %4; application %5 → %6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — Fall %2 — Techniker %3&lt;br&gt;PA %4; Anwendung %5 → %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>✔ complete: %1 of %2 steps done</source>
        <translation>✔ vollständig: %1 von %2 Schritten erledigt</translation>
    </message>
    <message>
        <source>✖ incomplete: %1 open, %2 failed</source>
        <translation>✖ unvollständig: %1 offen, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (%2): %3 — %4, %5&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (%2): %3 — %4, %5&lt;/li&gt;</translation>
    </message>
    <message>
        <source>– skipped: %1</source>
        <translation>– übersprungen: %1</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (%2): deferred — %3 — %4, %5&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (%2): zurückgestellt — %3 — %4, %5&lt;/li&gt;</translation>
    </message>
    <message>
        <source>none deployed</source>
        <translation>keine bereitgestellt</translation>
    </message>
    <message>
        <source>deployed: %1</source>
        <translation>bereitgestellt: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Overrides&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Übersteuerungen&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Training summary</source>
        <translation>Schulungszusammenfassung</translation>
    </message>
    <message>
        <source>Session log: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Sitzungsprotokoll: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the session log</source>
        <translation>Sitzungsprotokoll öffnen</translation>
    </message>
    <message>
        <source>Show my &amp;public key…</source>
        <translation>Meinen ö&amp;ffentlichen Schlüssel anzeigen…</translation>
    </message>
    <message>
        <source>The line and fingerprint your team lead adds to the team&apos;s trusted-keys file</source>
        <translation>Die Zeile und der Fingerabdruck, die Ihre Teamleitung in die Datei der vertrauenswürdigen Schlüssel des Teams aufnimmt</translation>
    </message>
    <message>
        <source>Show my public key for the trusted-keys file</source>
        <translation>Meinen öffentlichen Schlüssel für die Datei der vertrauenswürdigen Schlüssel anzeigen</translation>
    </message>
    <message>
        <source>Check the summary, confirm, then sign off: the report is saved, signed, when you do.</source>
        <translation>Prüfen Sie die Zusammenfassung, bestätigen Sie und zeichnen Sie dann ab: Dabei wird der Bericht signiert gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Sign off and save the report</source>
        <translation>&amp;Abzeichnen und Bericht speichern</translation>
    </message>
    <message>
        <source>&amp;I, the engineer named on the Start page, confirm that the upgrade was carried out as recorded above.</source>
        <translation>Ich, der auf der Startseite genannte Techniker, &amp;bestätige, dass das Upgrade wie oben aufgezeichnet durchgeführt wurde.</translation>
    </message>
    <message>
        <source>&amp;Export a draft now (JSON, HTML, PDF)…</source>
        <translation>&amp;Entwurf jetzt exportieren (JSON, HTML, PDF)…</translation>
    </message>
    <message>
        <source>Not signed off: choose the folder the report is saved to.</source>
        <translation>Nicht abgezeichnet: Wählen Sie den Ordner, in dem der Bericht gespeichert wird.</translation>
    </message>
    <message>
        <source>Signing off: writing the report…</source>
        <translation>Abzeichnen: Der Bericht wird geschrieben…</translation>
    </message>
    <message>
        <source>Not signed off. Fix the cause and sign off again, or untick &quot;Sign it with my key&quot; to save the report unsigned.</source>
        <translation>Nicht abgezeichnet. Beheben Sie die Ursache und zeichnen Sie erneut ab, oder entfernen Sie das Häkchen bei „Mit meinem Schlüssel signieren“, um den Bericht unsigniert zu speichern.</translation>
    </message>
    <message>
        <source>Not signed off. Fix the cause, or choose another folder, and sign off again.</source>
        <translation>Nicht abgezeichnet. Beheben Sie die Ursache oder wählen Sie einen anderen Ordner, und zeichnen Sie erneut ab.</translation>
    </message>
    <message>
        <source>This is a draft: the session is not signed off yet. &quot;Sign off and save the report&quot; writes the final report.</source>
        <translation>Dies ist ein Entwurf: Die Sitzung ist noch nicht abgezeichnet. „Abzeichnen und Bericht speichern“ schreibt den endgültigen Bericht.</translation>
    </message>
    <message>
        <source>This is an unconfirmed DRAFT (marked so in the report): you have not confirmed the upgrade above.</source>
        <translation>Dies ist ein unbestätigter ENTWURF (im Bericht so gekennzeichnet): Sie haben das Upgrade oben nicht bestätigt.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ complete with exceptions: %n overridden</source>
        <translation>
            <numerusform>⚠ vollständig mit Ausnahmen: %n übersteuert</numerusform>
            <numerusform>⚠ vollständig mit Ausnahmen: %n übersteuert</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your notes&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ihre Notizen&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
</context>
<context>
    <name>o365::StagePage</name>
    <message>
        <source>KB %1 — %2</source>
        <translation>KB %1 — %2</translation>
    </message>
    <message>
        <source>Export stage report…</source>
        <translation>Phasenbericht exportieren…</translation>
    </message>
    <message>
        <source>Write this stage&apos;s report (JSON, HTML, PDF), unsigned.</source>
        <translation>Den Bericht dieser Phase schreiben (JSON, HTML, PDF), unsigniert.</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Ordner für den Bericht</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <source>✔ %1 (not signed)</source>
        <translation>✔ %1 (nicht signiert)</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>TRAINING — a simulated lab, not a customer&apos;s installation. Scenario: %1</source>
        <translation>SCHULUNG — ein simuliertes Labor, keine Kundeninstallation. Szenario: %1</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Schulungssitzung</translation>
    </message>
</context>
<context>
    <name>o365::StartPage</name>
    <message>
        <source>Microsoft Office 365 Application Package</source>
        <translation>Microsoft Office 365 Application Package</translation>
    </message>
    <message>
        <source>Application packages (*.zip *.app.zip);;All files (*)</source>
        <translation>Anwendungspakete (*.zip *.app.zip);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Start: the case and the installation</source>
        <translation>Start: der Fall und die Installation</translation>
    </message>
    <message>
        <source>Re&amp;view a signed report…</source>
        <translation>Signierten &amp;Bericht prüfen…</translation>
    </message>
    <message>
        <source>Review a signed report</source>
        <translation>Signierten Bericht prüfen</translation>
    </message>
    <message>
        <source>Open a signed report read-only, check its signature and countersign it as reviewer.</source>
        <translation>Einen signierten Bericht schreibgeschützt öffnen, seine Signatur prüfen und ihn als Prüfer gegenzeichnen.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Name des Kunden</translation>
    </message>
    <message>
        <source>C&amp;ase / ticket:</source>
        <translation>&amp;Fall / Ticket:</translation>
    </message>
    <message>
        <source>e.g. CASE-12345</source>
        <translation>z. B. CASE-12345</translation>
    </message>
    <message>
        <source>&amp;Engineer:</source>
        <translation>&amp;Techniker:</translation>
    </message>
    <message>
        <source>Your name: recorded with every confirmation</source>
        <translation>Ihr Name: wird bei jeder Bestätigung aufgezeichnet</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Installation</translation>
    </message>
    <message>
        <source>&amp;PA (POA) version:</source>
        <translation>&amp;PA-Version (POA):</translation>
    </message>
    <message>
        <source>e.g. 5.5</source>
        <translation>z. B. 5.5</translation>
    </message>
    <message>
        <source>&amp;Installed application version:</source>
        <translation>&amp;Installierte Anwendungsversion:</translation>
    </message>
    <message>
        <source>e.g. 3.0</source>
        <translation>z. B. 3.0</translation>
    </message>
    <message>
        <source>e.g. 4.1</source>
        <translation>z. B. 4.1</translation>
    </message>
    <message>
        <source>The Microsoft Office 365 Application Package (.zip)</source>
        <translation>Das Microsoft Office 365 Application Package (.zip)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Application pac&amp;kage:</source>
        <translation>&amp;Anwendungspaket:</translation>
    </message>
    <message>
        <source>Application package file</source>
        <translation>Datei des Anwendungspakets</translation>
    </message>
    <message>
        <source>Separate Office 365 Callbacks-Dispatcher Application</source>
        <translation>Separate Office 365 Callbacks-Dispatcher Application</translation>
    </message>
    <message>
        <source>Single Office 365 Gateway Application (the Callbacks-Dispatcher stage is skipped)</source>
        <translation>Single Office 365 Gateway Application (die Callbacks-Dispatcher-Phase wird übersprungen)</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>Topologie:</translation>
    </message>
    <message>
        <source>The &amp;synchronization script (Microsoft Online Services Portal → PA) is used</source>
        <translation>Das S&amp;ynchronisierungsskript (Microsoft Online Services Portal → PA) wird verwendet</translation>
    </message>
    <message>
        <source>From KB %1</source>
        <translation>Aus KB %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixed issues in this package&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;In diesem Paket behobene Probleme&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>⚠ &quot;%1&quot; is not a version number: enter the installed version as 3.0 or 4.1.</source>
        <translation>⚠ &quot;%1&quot; ist keine Versionsnummer: Geben Sie die installierte Version in der Form 3.0 oder 4.1 ein.</translation>
    </message>
    <message>
        <source>⚠ &quot;%1&quot; is not a version number: enter the package&apos;s version as 4.1.</source>
        <translation>⚠ &quot;%1&quot; ist keine Versionsnummer: Geben Sie die Paketversion in der Form 4.1 ein.</translation>
    </message>
    <message>
        <source>⚠ The package&apos;s version %1 is not newer than the installed %2: this is not an upgrade.</source>
        <translation>⚠ Die Paketversion %1 ist nicht neuer als die installierte Version %2: Dies ist kein Upgrade.</translation>
    </message>
    <message>
        <source>Upgrade from %1 to %2.</source>
        <translation>Upgrade von %1 auf %2.</translation>
    </message>
    <message>
        <source>Reading the package and computing its SHA-256…</source>
        <translation>Paket wird gelesen und sein SHA-256 berechnet…</translation>
    </message>
    <message>
        <source>✔ %1 contains %2 with %3.</source>
        <translation>✔ %1 enthält %2 mit %3.</translation>
    </message>
    <message>
        <source>Package version %1.</source>
        <translation>Paketversion %1.</translation>
    </message>
    <message>
        <source>⚠ The package is version %1, but the target version above is %2.</source>
        <translation>⚠ Das Paket hat Version %1, die Zielversion oben ist aber %2.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Sprache der Benutzeroberfläche</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Wird beim nächsten Start wirksam.</translation>
    </message>
    <message>
        <source>Practise in the &amp;training lab…</source>
        <translation>Im Sch&amp;ulungslabor üben…</translation>
    </message>
    <message>
        <source>Practise in the training lab</source>
        <translation>Im Schulungslabor üben</translation>
    </message>
    <message>
        <source>Pick a training scenario: the wizard restarts against a simulated PA lab.</source>
        <translation>Wählen Sie ein Schulungsszenario: Der Assistent startet neu und arbeitet mit einem simulierten PA-Labor.</translation>
    </message>
    <message>
        <source>Net&amp;work…</source>
        <translation>&amp;Netzwerk…</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Netzwerkeinstellungen</translation>
    </message>
    <message>
        <source>Proxy: the system&apos;s settings, none, or one entered by hand.</source>
        <translation>Proxy: die Einstellungen des Systems, keiner oder ein von Hand eingegebener.</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <source>Tar&amp;get (package) version:</source>
        <translation>Ziel&amp;version (Paket):</translation>
    </message>
</context>
<context>
    <name>o365::StepControls</name>
    <message>
        <source>Confirm step %1</source>
        <translation>Schritt %1 bestätigen</translation>
    </message>
    <message>
        <source>The automated check could not decide this step: confirm it by hand.</source>
        <translation>Die automatische Prüfung konnte diesen Schritt nicht entscheiden: Bestätigen Sie ihn manuell.</translation>
    </message>
    <message>
        <source>No automated check for this step yet: confirm it by hand.</source>
        <translation>Für diesen Schritt gibt es noch keine automatische Prüfung: Bestätigen Sie ihn manuell.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Warum?</translation>
    </message>
    <message>
        <source>Why the KB asks for step %1</source>
        <translation>Warum die KB Schritt %1 verlangt</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Add a note to step %1</source>
        <translation>Notiz zu Schritt %1 hinzufügen</translation>
    </message>
    <message>
        <source>Override step %1 with a justification</source>
        <translation>Schritt %1 mit Begründung übersteuern</translation>
    </message>
    <message>
        <source>Note for this step (kept in the session and the report)</source>
        <translation>Notiz zu diesem Schritt (wird in Sitzung und Bericht aufbewahrt)</translation>
    </message>
    <message>
        <source>Note for step %1</source>
        <translation>Notiz zu Schritt %1</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Justification for overriding step %1</source>
        <translation>Begründung für das Übersteuern von Schritt %1</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>von %1, %2</translation>
    </message>
    <message>
        <source>(no engineer named)</source>
        <translation>(kein Techniker angegeben)</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Übersteuern</translation>
    </message>
    <message>
        <source>Record the override of step %1</source>
        <translation>Die Übersteuerung von Schritt %1 festhalten</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <source>Withdraw the override of step %1</source>
        <translation>Die Übersteuerung von Schritt %1 zurücknehmen</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s): say why, and who agreed</source>
        <translation>
            <numerusform>Noch %n Zeichen: Sagen Sie, warum und wer zugestimmt hat</numerusform>
            <numerusform>Noch %n Zeichen: Sagen Sie, warum und wer zugestimmt hat</numerusform>
        </translation>
    </message>
    <message>
        <source>Override step %1?</source>
        <translation>Schritt %1 übersteuern?</translation>
    </message>
    <message>
        <source>The check of step %1 failed: %2

An override lets you go on without it. It is recorded with your justification and your name, and the report lists it as an exception. Fix the cause instead if you can.</source>
        <translation>Die Prüfung von Schritt %1 ist fehlgeschlagen: %2

Eine Übersteuerung lässt Sie ohne sie weitermachen. Sie wird mit Ihrer Begründung und Ihrem Namen festgehalten, und der Bericht führt sie als Ausnahme auf. Beheben Sie besser die Ursache, wenn Sie können.</translation>
    </message>
    <message>
        <source>&amp;Override anyway</source>
        <translation>&amp;Trotzdem übersteuern</translation>
    </message>
    <message>
        <source>overridden by %1, %2</source>
        <translation>übersteuert von %1, %2</translation>
    </message>
</context>
<context>
    <name>o365::StepInputsForm</name>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>Load from a file…</source>
        <translation>Aus einer Datei laden…</translation>
    </message>
    <message>
        <source>Load %1 from a file</source>
        <translation>%1 aus einer Datei laden</translation>
    </message>
    <message>
        <source>Load the output from a file</source>
        <translation>Die Ausgabe aus einer Datei laden</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>Textdateien (*.txt *.log);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>o365::StepListWidget</name>
    <message>
        <source>&amp;Re-run checks</source>
        <translation>Prüfungen &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>Run this stage&apos;s automated checks again.</source>
        <translation>Die automatischen Prüfungen dieser Phase erneut ausführen.</translation>
    </message>
    <message>
        <source>Checks running</source>
        <translation>Prüfungen laufen</translation>
    </message>
    <message>
        <source>⛔ Stopped at step %1: %2</source>
        <translation>⛔ Angehalten bei Schritt %1: %2</translation>
    </message>
    <message>
        <source>Next open step</source>
        <translation>Nächster offener Schritt</translation>
    </message>
    <message>
        <source>Go to the next step that is still to do (F7)</source>
        <translation>Zum nächsten noch offenen Schritt (F7)</translation>
    </message>
    <message>
        <source>Go to the next step that is still to do</source>
        <translation>Zum nächsten noch offenen Schritt gehen</translation>
    </message>
    <message>
        <source>Next failure</source>
        <translation>Nächster Fehler</translation>
    </message>
    <message>
        <source>Go to the next step whose check failed (F8)</source>
        <translation>Zum nächsten Schritt mit fehlgeschlagener Prüfung (F8)</translation>
    </message>
    <message>
        <source>Go to the next step whose check failed</source>
        <translation>Zum nächsten Schritt mit fehlgeschlagener Prüfung gehen</translation>
    </message>
    <message numerus="yes">
        <source>%n open: %1</source>
        <translation>
            <numerusform>%n offen: %1</numerusform>
            <numerusform>%n offen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n fehlgeschlagen: %1</numerusform>
            <numerusform>%n fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>checks still running</source>
        <translation>Prüfungen laufen noch</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 von %2 Schritten erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%n failed (%1)</source>
        <translation>
            <numerusform>%n fehlgeschlagen (%1)</numerusform>
            <numerusform>%n fehlgeschlagen (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overridden</source>
        <translation>
            <numerusform>%n übersteuert</numerusform>
            <numerusform>%n übersteuert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n offen</numerusform>
            <numerusform>%n offen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>o365::StepRowWidget</name>
    <message>
        <source>I have read this</source>
        <translation>Gelesen</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Übersteuern…</translation>
    </message>
    <message>
        <source>Why is this step passed over? (required)</source>
        <translation>Warum wird dieser Schritt übergangen? (erforderlich)</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>Wichtig:</translation>
    </message>
    <message>
        <source>%1 — Important:</source>
        <translation>%1 — Wichtig:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Hinweis:</translation>
    </message>
    <message>
        <source>%1 — Note:</source>
        <translation>%1 — Hinweis:</translation>
    </message>
    <message>
        <source>Command for step %1</source>
        <translation>Befehl für Schritt %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the command of step %1</source>
        <translation>Den Befehl von Schritt %1 kopieren</translation>
    </message>
    <message>
        <source>Accept this certificate…</source>
        <translation>Dieses Zertifikat akzeptieren…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Zu erledigen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Übersteuert</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Nicht erforderlich</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>after the upgrade: </source>
        <translation>nach dem Upgrade: </translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Noch nicht geprüft.</translation>
    </message>
    <message>
        <source>How the command of step %1 gives its output</source>
        <translation>Wie der Befehl von Schritt %1 seine Ausgabe liefert</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
</context>
<context>
    <name>o365::SupportBundle</name>
    <message>
        <source>The support bundle was not written: %1 would hold a secret (the PA password). Report this to the wizard&apos;s developers.</source>
        <translation>Das Support-Paket wurde nicht geschrieben: %1 enthielte ein Geheimnis (das PA-Passwort). Melden Sie das den Entwicklern des Assistenten.</translation>
    </message>
    <message>
        <source>The support bundle could not be made (zip error %1).</source>
        <translation>Das Support-Paket konnte nicht erstellt werden (Zip-Fehler %1).</translation>
    </message>
    <message>
        <source>The support bundle could not be made: %1 could not be added.</source>
        <translation>Das Support-Paket konnte nicht erstellt werden: %1 ließ sich nicht hinzufügen.</translation>
    </message>
    <message>
        <source>%1 is not a zip file (zip error %2): a support bundle is the .zip that --capture or &quot;Support bundle…&quot; wrote.</source>
        <translation>%1 ist keine ZIP-Datei (ZIP-Fehler %2): Ein Support-Paket ist die .zip-Datei, die --capture oder „Support-Paket…“ geschrieben hat.</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 MiB once unpacked; it is not read.</source>
        <translation>%1: %2 ist entpackt größer als %3 MiB und wird nicht gelesen.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be unpacked (zip error %3).</source>
        <translation>%1: %2 kann nicht entpackt werden (ZIP-Fehler %3).</translation>
    </message>
    <message>
        <source>%1: %2 is not a JSON object (%3).</source>
        <translation>%1: %2 ist kein JSON-Objekt (%3).</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <source>%1 is not a support bundle of this wizard: it lacks manifest.json (format o365-upgrade-wizard-support-bundle/1) or session.json.</source>
        <translation>%1 ist kein Support-Paket dieses Assistenten: manifest.json (Format o365-upgrade-wizard-support-bundle/1) oder session.json fehlt.</translation>
    </message>
</context>
<context>
    <name>o365::TrainingDialog</name>
    <message>
        <source>Practise in the training lab</source>
        <translation>Im Schulungslabor üben</translation>
    </message>
    <message>
        <source>The training lab simulates a PA installation inside the wizard: gateway and dispatcher applications, the PA API and a Provisioning Gateway Host, on this computer only. Nothing reaches a customer. Each scenario hides a fault that happens in real upgrades; find it where the wizard shows it.

The wizard restarts with a new TRAINING session; your current session is saved.</source>
        <translation>Das Schulungslabor simuliert eine PA-Installation innerhalb des Assistenten: Gateway- und Dispatcher-Anwendungen, die PA-API und einen Provisioning Gateway Host, nur auf diesem Computer. Nichts erreicht einen Kunden. Jedes Szenario verbirgt einen Fehler, der bei echten Upgrades vorkommt; finden Sie ihn dort, wo der Assistent ihn zeigt.

Der Assistent startet mit einer neuen SCHULUNGS-Sitzung neu; Ihre aktuelle Sitzung wird gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>S&amp;zenario:</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Schulungsszenarien</translation>
    </message>
    <message>
        <source>What to notice:</source>
        <translation>Worauf zu achten ist:</translation>
    </message>
    <message>
        <source>Start &amp;training</source>
        <translation>Schulung &amp;starten</translation>
    </message>
</context>
<context>
    <name>o365::TrainingLab</name>
    <message>
        <source>Trainee</source>
        <translation>Schulungsteilnehmer</translation>
    </message>
    <message>
        <source>%1 %2: expected %3, got %4 (%5)</source>
        <translation>%1 %2: erwartet %3, erhalten %4 (%5)</translation>
    </message>
    <message>
        <source>%1 %2: expected %3, but the check did not run</source>
        <translation>%1 %2: erwartet %3, aber die Prüfung wurde nicht ausgeführt</translation>
    </message>
    <message>
        <source>%1 %2: failed, which the scenario does not expect (%3)</source>
        <translation>%1 %2: fehlgeschlagen, was das Szenario nicht erwartet (%3)</translation>
    </message>
    <message>
        <source>%1: its session.json cannot be used: %2</source>
        <translation>%1: Seine session.json ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>Replay of the support bundle %1</source>
        <translation>Wiedergabe des Support-Pakets %1</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>dem Kunden</translation>
    </message>
    <message>
        <source>Every answer comes from the capture: each check should give the result it gave in the captured run. A check that differs shows how the wizard&apos;s judgement changed since.</source>
        <translation>Jede Antwort stammt aus der Aufzeichnung: Jede Prüfung sollte das Ergebnis liefern, das sie im aufgezeichneten Lauf lieferte. Eine abweichende Prüfung zeigt, wie sich das Urteil des Assistenten seither geändert hat.</translation>
    </message>
    <message numerus="yes">
        <source>What %1&apos;s PA, gateways and provisioning host answered (captured %2 by wizard %3): %n PA API call(s); hosts %4.</source>
        <translation>
            <numerusform>Was PA, Gateways und Provisioning-Host von %1 geantwortet haben (aufgezeichnet %2 von Assistent %3): %n PA-API-Aufruf; Hosts %4.</numerusform>
            <numerusform>Was PA, Gateways und Provisioning-Host von %1 geantwortet haben (aufgezeichnet %2 von Assistent %3): %n PA-API-Aufrufe; Hosts %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>o365::UpgradeWizard</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source> — TRAINING</source>
        <translation> — SCHULUNG</translation>
    </message>
    <message>
        <source>Support bundle…</source>
        <translation>Support-Paket…</translation>
    </message>
    <message>
        <source>Save a support bundle</source>
        <translation>Ein Support-Paket speichern</translation>
    </message>
    <message>
        <source>Save the session, its log and what this run saw from PA, the gateways and the provisioning host in one zip for a support escalation (never a password).</source>
        <translation>Die Sitzung, ihr Protokoll und was dieser Lauf von PA, den Gateways und dem Provisioning-Host gesehen hat, in einer Zip-Datei für eine Support-Eskalation speichern (nie ein Passwort).</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Zip-Dateien (*.zip)</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <translation>Support-Paket</translation>
    </message>
    <message>
        <source>The support bundle was saved to %1. It holds the session, its log and what this run saw; no password.</source>
        <translation>Das Support-Paket wurde nach %1 gespeichert. Es enthält die Sitzung, ihr Protokoll und was dieser Lauf gesehen hat; kein Passwort.</translation>
    </message>
    <message>
        <source>To go on later, start the wizard again: it offers the sessions that are not finished.</source>
        <translation>Um später weiterzumachen, starten Sie den Assistenten erneut: Er bietet die nicht abgeschlossenen Sitzungen an.</translation>
    </message>
    <message>
        <source>To go on later, start the wizard again: it offers the sessions that are not finished (or run o365-upgrade-wizard --resume &quot;%1&quot;).</source>
        <translation>Um später weiterzumachen, starten Sie den Assistenten erneut: Er bietet die nicht abgeschlossenen Sitzungen an (oder führen Sie o365-upgrade-wizard --resume &quot;%1&quot; aus).</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>Assistenten schließen?</translation>
    </message>
    <message>
        <source>The training session is not signed off yet. Everything entered so far is saved.</source>
        <translation>Die Trainingssitzung ist noch nicht abgezeichnet. Alles bisher Eingegebene ist gespeichert.</translation>
    </message>
    <message>
        <source>The upgrade is not signed off yet. Everything entered so far is saved.</source>
        <translation>Das Upgrade ist noch nicht abgezeichnet. Alles bisher Eingegebene ist gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Close the wizard</source>
        <translation>Assistenten &amp;schließen</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Weiterarbeiten</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not yet: fill in what the page asks for (the fields marked required).</source>
        <translation>Noch nicht: Füllen Sie aus, was die Seite verlangt (die Pflichtfelder).</translation>
    </message>
    <message>
        <source>Not yet — %1. Do, confirm or override them; F7 goes to the next open step.</source>
        <translation>Noch nicht — %1. Erledigen, bestätigen oder übersteuern Sie sie; F7 führt zum nächsten offenen Schritt.</translation>
    </message>
</context>
<context>
    <name>o365::XmlRpc</name>
    <message>
        <source>the reply is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the reply is %1 bytes, more than the limit of %2 bytes</source>
        <translation>die Antwort hat %1 Bytes, mehr als die Grenze von %2 Bytes</translation>
    </message>
    <message>
        <source>the call is %1 bytes, more than the limit of %2 bytes</source>
        <translation>der Aufruf hat %1 Bytes, mehr als die Grenze von %2 Bytes</translation>
    </message>
</context>
<context>
    <name>o365::XmlRpcReader</name>
    <message>
        <source>text outside the &lt;%1&gt; element</source>
        <translation>Text außerhalb des Elements &lt;%1&gt;</translation>
    </message>
    <message>
        <source>a second root element &lt;%1&gt;</source>
        <translation>ein zweites Wurzelelement &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;%2&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, nicht &lt;%2&gt;</translation>
    </message>
    <message>
        <source>unexpected XML (%1)</source>
        <translation>unerwartetes XML (%1)</translation>
    </message>
    <message>
        <source>the reply is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>the reply is truncated: the XML ends at line %1 before it is complete</source>
        <translation>die Antwort ist abgeschnitten: das XML endet in Zeile %1, bevor es vollständig ist</translation>
    </message>
    <message>
        <source>the reply is not well-formed XML: %1 (line %2, column %3)</source>
        <translation>die Antwort ist kein wohlgeformtes XML: %1 (Zeile %2, Spalte %3)</translation>
    </message>
    <message>
        <source>the reply has a DOCTYPE declaration, which XML-RPC never uses; it is refused (no entity is expanded)</source>
        <translation>die Antwort enthält eine DOCTYPE-Deklaration, die XML-RPC nie verwendet; sie wird abgelehnt (keine Entität wird expandiert)</translation>
    </message>
    <message>
        <source>the reply uses the entity reference &amp;%1;, which is refused (only the five predefined entities are allowed)</source>
        <translation>die Antwort verwendet die Entitätsreferenz &amp;%1;, die abgelehnt wird (nur die fünf vordefinierten Entitäten sind zulässig)</translation>
    </message>
    <message>
        <source>the reply holds a processing instruction &lt;?%1?&gt;, which is refused</source>
        <translation>die Antwort enthält eine Verarbeitungsanweisung &lt;?%1?&gt;, die abgelehnt wird</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; in &lt;%2&gt;</source>
        <translation>unerwarteter Text &quot;%1&quot; in &lt;%2&gt;</translation>
    </message>
    <message>
        <source>unexpected XML (%1) in &lt;%2&gt;</source>
        <translation>unerwartetes XML (%1) in &lt;%2&gt;</translation>
    </message>
    <message>
        <source>unexpected element &lt;%1&gt; inside &lt;%2&gt;</source>
        <translation>unerwartetes Element &lt;%1&gt; innerhalb von &lt;%2&gt;</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;%2&gt;</source>
        <translation>unbekanntes Element &lt;%1&gt; in &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&lt;methodCall&gt; names no method</source>
        <translation>&lt;methodCall&gt; nennt keine Methode</translation>
    </message>
    <message>
        <source>&lt;methodResponse&gt; holds more than one of &lt;params&gt; and &lt;fault&gt;</source>
        <translation>&lt;methodResponse&gt; enthält mehr als eines von &lt;params&gt; und &lt;fault&gt;</translation>
    </message>
    <message>
        <source>&lt;methodResponse&gt; is empty: it holds neither &lt;params&gt; nor &lt;fault&gt;</source>
        <translation>&lt;methodResponse&gt; ist leer: es enthält weder &lt;params&gt; noch &lt;fault&gt;</translation>
    </message>
    <message>
        <source>a response holds more than one &lt;param&gt;</source>
        <translation>eine Antwort enthält mehr als ein &lt;param&gt;</translation>
    </message>
    <message>
        <source>&lt;params&gt; holds no &lt;param&gt;</source>
        <translation>&lt;params&gt; enthält kein &lt;param&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds more than one &lt;value&gt;</source>
        <translation>&lt;%1&gt; enthält mehr als ein &lt;value&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds no &lt;value&gt;</source>
        <translation>&lt;%1&gt; enthält kein &lt;value&gt;</translation>
    </message>
    <message>
        <source>the &lt;fault&gt; value is not a struct</source>
        <translation>der Wert von &lt;fault&gt; ist keine Struktur</translation>
    </message>
    <message>
        <source>the &lt;fault&gt; has no int faultCode</source>
        <translation>&lt;fault&gt; hat keinen int faultCode</translation>
    </message>
    <message>
        <source>the &lt;fault&gt; has no string faultString</source>
        <translation>&lt;fault&gt; hat keinen string faultString</translation>
    </message>
    <message>
        <source>values are nested deeper than %1 levels</source>
        <translation>Werte sind tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>a &lt;value&gt; holds text beside its type element</source>
        <translation>ein &lt;value&gt; enthält Text neben seinem Typelement</translation>
    </message>
    <message>
        <source>a &lt;value&gt; holds more than one type element (&lt;%1&gt; is the second)</source>
        <translation>ein &lt;value&gt; enthält mehr als ein Typelement (&lt;%1&gt; ist das zweite)</translation>
    </message>
    <message>
        <source>unexpected XML (%1) in &lt;value&gt;</source>
        <translation>unerwartetes XML (%1) in &lt;value&gt;</translation>
    </message>
    <message>
        <source>&lt;nil/&gt; holds text</source>
        <translation>&lt;nil/&gt; enthält Text</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;value&gt; (not an XML-RPC type)</source>
        <translation>unbekanntes Element &lt;%1&gt; in &lt;value&gt; (kein XML-RPC-Typ)</translation>
    </message>
    <message>
        <source>a struct &lt;member&gt; has two &lt;name&gt; elements</source>
        <translation>ein Struktur-&lt;member&gt; hat zwei &lt;name&gt;-Elemente</translation>
    </message>
    <message>
        <source>a struct &lt;member&gt; has two &lt;value&gt; elements</source>
        <translation>ein Struktur-&lt;member&gt; hat zwei &lt;value&gt;-Elemente</translation>
    </message>
    <message>
        <source>a struct &lt;member&gt; has no &lt;name&gt;</source>
        <translation>ein Struktur-&lt;member&gt; hat kein &lt;name&gt;</translation>
    </message>
    <message>
        <source>the struct member &quot;%1&quot; has no &lt;value&gt;</source>
        <translation>das Strukturelement &quot;%1&quot; hat kein &lt;value&gt;</translation>
    </message>
    <message>
        <source>the struct member &quot;%1&quot; appears twice</source>
        <translation>das Strukturelement &quot;%1&quot; kommt zweimal vor</translation>
    </message>
    <message>
        <source>an &lt;array&gt; holds more than one &lt;data&gt;</source>
        <translation>ein &lt;array&gt; enthält mehr als ein &lt;data&gt;</translation>
    </message>
    <message>
        <source>an &lt;array&gt; has no &lt;data&gt;</source>
        <translation>ein &lt;array&gt; hat kein &lt;data&gt;</translation>
    </message>
</context>
<context>
    <name>o365::XmlRpcScalar</name>
    <message>
        <source>&lt;%1&gt; holds &quot;%2&quot;, which is not a 32-bit integer</source>
        <translation>&lt;%1&gt; enthält &quot;%2&quot;, keine 32-Bit-Ganzzahl</translation>
    </message>
    <message>
        <source>&lt;boolean&gt; holds &quot;%1&quot;; only 0 or 1 are allowed</source>
        <translation>&lt;boolean&gt; enthält &quot;%1&quot;; nur 0 oder 1 sind zulässig</translation>
    </message>
    <message>
        <source>&lt;double&gt; holds &quot;%1&quot;, which is not a number</source>
        <translation>&lt;double&gt; enthält &quot;%1&quot;, keine Zahl</translation>
    </message>
    <message>
        <source>&lt;base64&gt; holds text that is not base64</source>
        <translation>&lt;base64&gt; enthält Text, der kein Base64 ist</translation>
    </message>
    <message>
        <source>&lt;dateTime.iso8601&gt; holds &quot;%1&quot;, which is not a date and time</source>
        <translation>&lt;dateTime.iso8601&gt; enthält &quot;%1&quot;, kein Datum mit Uhrzeit</translation>
    </message>
</context>
<context>
    <name>o365::XmlRpcWriter</name>
    <message>
        <source>the method name is empty or not valid XML text</source>
        <translation>der Methodenname ist leer oder kein gültiger XML-Text</translation>
    </message>
    <message>
        <source>(a message XML cannot carry)</source>
        <translation>(eine Meldung, die XML nicht transportieren kann)</translation>
    </message>
    <message>
        <source>the value is nested deeper than %1 levels</source>
        <translation>der Wert ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the integer %1 does not fit in an XML-RPC int (32 bits)</source>
        <translation>die Ganzzahl %1 passt nicht in einen XML-RPC-int (32 Bit)</translation>
    </message>
    <message>
        <source>the double %1 is not finite</source>
        <translation>der double-Wert %1 ist nicht endlich</translation>
    </message>
    <message>
        <source>a string holds a character XML cannot carry</source>
        <translation>eine Zeichenkette enthält ein Zeichen, das XML nicht transportieren kann</translation>
    </message>
    <message>
        <source>an invalid date and time</source>
        <translation>ein ungültiges Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>a member name holds a character XML cannot carry</source>
        <translation>ein Elementname enthält ein Zeichen, das XML nicht transportieren kann</translation>
    </message>
    <message>
        <source>values of type %1 cannot be sent over XML-RPC</source>
        <translation>Werte vom Typ %1 können nicht über XML-RPC gesendet werden</translation>
    </message>
</context>
</TS>
