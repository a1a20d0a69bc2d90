<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppInfo</name>
    <message>
        <source>O365 Upgrade Wizard</source>
        <translation type="unfinished"></translation>
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
        <source>Line %1 of the pasted text is incomplete: after %2 it has %3 fields instead of %4. The console may have cut or wrapped it. Copy the whole output again; if long lines are wrapped, widen the console window or run the command in Windows PowerShell ISE.</source>
        <translation>Zeile %1 des eingefügten Textes ist unvollständig: Nach %2 hat sie %3 statt %4 Felder. Die Konsole hat sie möglicherweise abgeschnitten oder umbrochen. Kopieren Sie die gesamte Ausgabe erneut; werden lange Zeilen umbrochen, verbreitern Sie das Konsolenfenster oder führen Sie den Befehl in Windows PowerShell ISE aus.</translation>
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
        <source>No IIS site is bound to %1, and none to all unassigned addresses (*). The sites are: %2. Check the IP address (the gateway host name must resolve to it) and that you ran the command on the right Office 365 Gateway Host.</source>
        <translation>Keine IIS-Site ist an %1 gebunden und keine an alle nicht zugewiesenen Adressen (*). Vorhandene Sites: %2. Prüfen Sie die IP-Adresse (der Gateway-Hostname muss in sie aufgelöst werden) und ob Sie den Befehl auf dem richtigen Office 365 Gateway Host ausgeführt haben.</translation>
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
</context>
<context>
    <name>PaApiParse</name>
    <message>
        <source>%1 (the result is %2)</source>
        <translation>%1 (das Ergebnis ist %2)</translation>
    </message>
</context>
<context>
    <name>PackageInspector</name>
    <message>
        <source>APP-META.xml in %1 contains a document type declaration (DOCTYPE), which the vendor&apos;s file does not have, so it was not read and the package version is unknown. Download the package again from the vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP-META.xml in %1 does not use an APS namespace (%2 or %3); the version shown may not be the package&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP-META.xml in %1 is not well-formed XML (line %2: %3); the package version may be missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP-META.xml in %1 has no &lt;version&gt; element, so the package version is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no APP-META.xml at its root, so the package version is unknown. Check that it is the Microsoft Office 365 Application Package (an APS package).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No package file was chosen. Choose the Microsoft Office 365 Application Package (.zip) you downloaded from the vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no file at %1. Check the path, or download the Microsoft Office 365 Application Package again and choose the downloaded .zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose the Microsoft Office 365 Application Package file (.zip) itself, not the folder that contains it or an unpacked copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket). Choose the downloaded Microsoft Office 365 Application Package file (.zip).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be opened for reading (%2). Check that the account running the wizard may read it, or copy the package to a folder of your own and choose the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read to the end (%2 after %3 bytes). If it is on a network share or removable disk, copy it to a local disk and choose the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download the Microsoft Office 365 Application Package again and compare its size (%1 bytes here) and SHA-256 (%2 here) with the ones the vendor publishes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): the download or copy did not complete. Download the Microsoft Office 365 Application Package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be read again after hashing (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is only the first %2 bytes of a ZIP archive: the download or copy was interrupted. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not the ZIP archive of the package: the download link probably returned a login or error page. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive (it does not start with the ZIP signature &quot;PK&quot;), so it is not the Microsoft Office 365 Application Package. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is cut short: the end of its ZIP table of contents is missing, so the download or copy was interrupted. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty ZIP archive: it contains no files at all, so not %2. Download the Microsoft Office 365 Application Package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts like a ZIP archive but its table of contents (central directory) is missing or damaged (ZIP error %2): the download or copy was probably cut short. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lists more than %2 files, far more than the Microsoft Office 365 Application Package contains, so it was not inspected. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a damaged table of contents (ZIP error %2): the download or copy was probably cut short. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP-META.xml in %1 is larger than %2 bytes, so it was not read and the package version is unknown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>APP-META.xml in %1 is password-protected, so the package version is unknown; the vendor&apos;s package is not encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged: %2 inside it cannot be read completely (data cut short or checksum mismatch). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains %2 but no %3: it looks like %3 itself (or an unpacked copy), not the Microsoft Office 365 Application Package. Choose the package file that contains %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not contain %2, which step 2b extracts from the Microsoft Office 365 Application Package. Check that you chose the right package, or download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 contains more than one %2; the wizard uses %3 and ignores %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inside %2 is larger than %3 bytes (it declares %4 bytes), much larger than the vendor&apos;s; it was not read. Check that you chose the right package, or download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inside %2 is password-protected; the vendor&apos;s package is not. Download the Microsoft Office 365 Application Package again from the vendor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inside %2 is not a ZIP archive (%3 bytes without the ZIP signature), so step 2c cannot unpack it. The package is not the vendor&apos;s original: download it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inside %2 is cut short (the end of its ZIP table of contents is missing), so step 2c cannot unpack it. Download the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inside %2 is a damaged ZIP archive (its table of contents is missing, ZIP error %3), so step 2c cannot unpack it. Download the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inside %2 lists more than %3 files, far more than the vendor&apos;s, so it was not inspected. Check that you chose the right package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inside %2 has a damaged table of contents (ZIP error %3), so step 2c cannot unpack it. Download the package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inside %2 has %3 only deep inside a folder (%4), not at its root or in a top-level folder where step 2e expects it. Check that you chose the right package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inside %2 has no %3, which step 2e runs. The package is incomplete or not the right one: download the Microsoft Office 365 Application Package again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 inside %2 contains more than one %3; step 2e should run %4 (not %5).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Output of the IIS command (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste here everything the command printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output of pear list (when pasted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste here everything pear list printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-MOSIBaseURL (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-MOSIBillingID (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-MOSIClientCertSubject (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dependencies and Pre-Requisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft Office 365 Application Package requires POA 5.4.4 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office 365 Subscription Downgrade is Automated; New Offers are Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft Office 365 Application Package can be downloaded here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To install the Microsoft Office 365 Application, use the instructions provided in the PA Office 365 Integration Provider&apos;s Guide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full release notes can be downloaded as PDF or viewed online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office 365 Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading Office 365 Gateway Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the required Office 365 Gateway Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single PA installation may use several Office 365 Gateway Applications on an Office 365 Gateway Host. So, you must identify and upgrade each Office 365 Gateway Application separately.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to PA Provider Control Panel, go to Services &gt; Applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the name of the required Office 365 Application, and then select the Resource Types tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click on the name of the required &apos;Office 365 Application&apos; Resource Type.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the Activation Parameters tab, and then select the Global settings subtab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the value of the URL for MOSI Connector global setting. It is structured in the following way: https://&lt;Office365GatewayHostName&gt;/&lt;Office365GatewayApplicationName&gt;/HTTPEndpoint.aspx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL for MOSI Connector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://gateway.example.com/O365Gateway/HTTPEndpoint.aspx</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the values of the Office365GatewayHostName and Office365GatewayApplicationName parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtain the IP address to which the Office365GatewayHostName is resolved via DNS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address of the Office 365 Gateway host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>203.0.113.10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log on to the required Office 365 Gateway Host as Administrator via RDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the Internet Information Services (IIS) Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the site, which has the IP address obtained at step 1. Write down the name and IP address of the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Site IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the application, which has the name obtained at step 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate that the selected application is the required Office 365 Gateway Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right-click the application item and click the Explore menu item in the context menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify that the SubscriptionEvents.svc file is listed among others in the displayed application root directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If there is no the SubscriptionEvents.svc file, contact Parallels support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the required Office 365 Gateway Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the Microsoft Office 365 Application Package on the Office 365 Gateway Host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extract the O365-Web.zip file from the Microsoft Office 365 Application Package.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpack the O365-Web.zip file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the Windows PowerShell Console and go to the directory where the content of the O365-Web.zip file is placed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute the setup.ps1 -SiteName &lt;Office 365 Gateway site name&gt; –IPAddress &lt;IP address of the Office 365 Gateway site&gt; -GatewayAppName &lt;Office 365 Gateway Application name&gt; command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may use the -MOSIBaseURL, -MOSIBillingID, -MOSIClientCertSubject options to override the appropriate MOSI settings of the installed Office 365 Gateway and Office 365 Callbacks-Dispatcher Applications.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office 365 Callbacks-Dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading Office 365 Callbacks-Dispatcher Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your PA installation uses the Single Office 365 Gateway Application topology, skip the steps provided below. To learn more about the supported topologies, refer to PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Deploying Office 365 Application &gt; Preparing Provisioning Gateway Host and Office 365 Gateway Host &gt; Office 365 Gateway Host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identify the required Office 365 Callbacks-Dispatcher Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Obtain the URL specified in your syndication agreement with Microsoft. The URL is structured in the following way: https://&lt;Office365GatewayHostName&gt;/&lt;Office365Callbacks-DispatcherApplicationName&gt;/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL from the syndication agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://gateway.example.com/O365Dispatcher/</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the values of the Office365GatewayHostName and Office365Callbacks-DispatcherApplicationName parameters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log in to the required Office 365 Gateway as Administrator via RDP.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate that the selected application is the required Office 365 Callbacks-Dispatcher Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify that the Callbacks.svc file is listed among others in the displayed application root directory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If there is no the Callbacks.svc file, contact Parallels support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade the required Office 365 Callbacks-Dispatcher Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Execute the setup.ps1 -SiteName &lt;Office 365 Gateway site name&gt; –IPAddress &lt;IP address of the Office 365 Gateway site&gt; -DispatcherAppName &lt;Office 365 Callbacks-Dispatcher Application name&gt; command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check your syndication agreement with Microsoft. If you provided to Microsoft the URL where a file name was specified (https://office365.provider.com/Office365/SubscriptionEvents.svc), you must perform the following actions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the Internet Information Services (IIS) Manager, select the Office 365 Callbacks-Dispatcher Application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a copy of the Callbacks.svc file. Rename the copy to SubscriptionEvents.svc.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning Gateway Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating Provisioning Gateway Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting with PA Office 365 Integration 4.0, provisioning scripts of the Microsoft Office 365 Application use the HTTP_Request2 PEAR Package. Make sure this PEAR Package is installed on the Provisioning Gateway Host following these steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log on to the Provisioning Gateway Host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Validate that the HTTP_Request2 PEAR Package is in the list of installed PEAR Packages using the pear list command. Otherwise, execute the pear install HTTP_Request2 command.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you have Application instances with versions lower than 4.0, make sure the HTTP_Request PEAR Package is in the list of installed PEAR Packages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To install the HTTP_Request2 PEAR Package, the latest PEAR is required. To obtain the latest PEAR, download and execute the http://pear.php.net/go-pear.phar script. For example, execute the wget http://pear.php.net/go-pear.phar and php go-pear.phar commands. This script installs the latest PEAR or it upgrades the installed PEAR to the latest version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading Microsoft Office 365 Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the Microsoft Office 365 Application Package to PA. See POA Provider&apos;s Guide &gt;&gt; Application Hosting &gt; Managing Applications &gt; Importing Application for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make sure in the &apos;Office 365 Application&apos; Resource Types the Autoprovisioning parameter is set to Yes for the Application service &quot;Administration&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade existing Microsoft Office 365 Application instances. See POA Provider&apos;s Guide &gt;&gt; Application Hosting &gt; Bulk Application Upgrades for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the script synchronizing changes applied in the Microsoft Online Services Portal to PA is used on your installation, the Empty Service Set Application Service Resource Type must be created. The Included Offers Activation Parameter must be set to 00000000-0000-0000-0000-000000000000. The Trial Offer ID Activation Parameter must be set to 00000000-0000-0000-0000-000000000000. See the PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Configuring Offers &gt; Creating Application Service Resource Type to obtain the instruction how to create Application Service Resource Types. The Empty Service Set Application Service Resource Type must be included into existing Office 365 Service Templates and existing Office 365 subscriptions must be updated accordingly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Perform the instructions of the https://kb.odin.com/117505 KB article.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deploying New Features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The following table provides the list of features, that are not deployed automatically during the upgrade. These features must be deployed and configured manually after upgrading the Microsoft Office 365 Application. If you would like to get Professional Services assistance in deploying and configuring these features, please contact your Account Manager at Parallels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ability to Specify Custom Office 365 Subdomain Is Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Finalizing Office 365 Application Deployment &gt; Configuring PBA for Custom Office 365 Subdomains.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronization with Microsoft Online Services Portal Is Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Install and configure the synchronization script. See PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Finalizing Office 365 Application Deployment &gt; Synchronizing Changes Applied in Microsoft Online Services Portal to PA for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office 365 Wave 15 Offers Are Supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Application Service Resource Types for new Office 365 offers. See PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Configuring Offers for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Improved Handling of Subscriptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is recommended to specify the Administrator&apos;s login for connecting to Microsoft Online and Administrator&apos;s password for connecting to Microsoft Online activation parameters in Application Resource Types. See PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Configuring Offers &gt; Creating Office 365 Application Resource Type for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office 365 Gateway error message should be more informative in case when subscriptions have not been provisioned yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incorrect MX records are created for Exchange Online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOSI sends 60k VerifyDomain requests to MS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrate customizations into 4.x branch.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sometimes method get_mop_account does not report errors properly and synchronization script unprovides all Office 365 services from users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file is not created when synchronization script is executed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pem.activateSubscription works for several minutes because of database lock while providing several Office 365 services.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>There is no stage &quot;%1&quot;. Stages: start, gateway, dispatcher, provisioning, paapp, features, signoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway application %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>Export the report of the session file SESSION.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report formats: json, html, pdf (repeat or separate with commas; default all). The JSON is always written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the report goes: a folder (named files inside) or a file base name. Default: the current folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export one stage only: start, gateway, dispatcher, provisioning, paapp, features or signoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign the report with the engineer&apos;s key from the keychain (created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersign a signed report as its reviewer (two-person sign-off): writes REPORT.json.review.sig and REPORT.review.pub.pem with the reviewer&apos;s key from the keychain. Needs --reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --countersign: the reviewing engineer&apos;s name (whose key is used).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify a signed report (REPORT.json with its .sig and .pub.pem beside it). Exit 0 valid, 1 invalid, 2 unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reviewer&apos;s name with --reviewer NAME.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersigned by %1, key fingerprint %2
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to do: give --export SESSION or --verify REPORT.json.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Unknown report format &quot;%1&quot;; use json, html or pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be signed (OpenSSL refused the key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The countersignature could not be made (no private key).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Evidence:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run at %1, %2 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command not built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office 365 Application upgrade report — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING — practice session, not a real upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office 365 Application upgrade report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KB %1 — the whole session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KB %1 — stage report: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single Office 365 Gateway Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate Office 365 Gateway and Callbacks-Dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — started %2, last change %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes (TRAINING)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the report&apos;s JSON:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed (Ed25519) by %1, key fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KB section: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage skipped:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>KB step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No new features between %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed or deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed off by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted certificate exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated by %1 %2. Verify: openssl pkeyutl -verify -pubin -inkey NAME.pub.pem -rawin -in NAME.json -sigfile NAME.json.sig</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>This is not a report of the O365 Upgrade Wizard (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report&apos;s schema %1 is not one this version (%2) can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>A PDF needs a QGuiApplication (run with QT_QPA_PLATFORM=offscreen on a server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office 365 Application upgrade report — %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office 365 Application upgrade report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportReview</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID: the report changed while it was being opened; open it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No countersignature yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportSigner</name>
    <message>
        <source>The stored signing key is not an Ed25519 private key in PEM form. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The public key is not an Ed25519 public key in PEM form. %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report is not signed or its signature files are missing: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID: the signature does not match the report — it was changed after signing, or signed with another key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID: the report&apos;s signature is valid, but the reviewer&apos;s countersignature is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is valid, but the report cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID: signed and countersigned; not changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VALID: signed; not changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING: this report is from a training session, not a real upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer: %1, case: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by: %1 at %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256): %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer countersignature, key fingerprint (SHA-256): %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unreadable key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Nothing is stored in the keychain for this entry yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be used (%1). Unlock the desktop keyring (or start one), or use the secret for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored for this entry in this run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>Cannot create the folder %1 for the session. Check that it is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write the session file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the session file %1 failed: %2. Your work is still in memory; free disk space and it will be saved on the next change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session file %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session file %1 is %2 MB, far larger than any session; it was not opened and is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the session file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session file %1 is empty. It was left as it is; start a new session or resume another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session file %1 is damaged (%2 at byte %3). It was left as it is, so nothing in it is lost; start a new session, and keep the file for support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the session file %1: %2 The file was left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SetupCommand</name>
    <message>
        <source>a line break (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a carriage return (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tab (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a NUL character (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line separator (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invisible formatting character (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid character (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 is empty: enter it, for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 contains %2. Type the value again or copy it once more from its source, without line breaks or hidden characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; has a prefix length (%3). Enter the address alone, for example %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; has a port (%3). Enter the address alone, for example %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; has a zone index (%3). IIS bindings have none: enter the address without it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not an IP address. Enter the IPv4 or IPv6 address that the gateway host name resolves to (not the host name), for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the %1 as four decimal numbers without leading zeros, for example %2: &quot;%3&quot; would be read as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; stands for all addresses. Enter the address the gateway host name resolves to, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains &quot;/&quot; or &quot;\&quot;. Enter the application&apos;s name only, as it appears in the URL between the host name and the next &quot;/&quot;, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an application name. Enter the %2, for example %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not an absolute URL. Enter it in full, for example %3, or leave it empty to keep the installed setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; must use https://, not %3://, for example %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>site name (-SiteName)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address (-IPAddress)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office 365 Gateway Application name (-GatewayAppName)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office 365 Callbacks-Dispatcher Application name (-DispatcherAppName)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOSI base URL (-MOSIBaseURL)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOSI billing ID (-MOSIBillingID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MOSI client certificate subject (-MOSIClientCertSubject)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>Signing refused: no keychain is available to keep the private signing key (%1). The report can still be exported unsigned; it will say &quot;not signed&quot;. Unlock or start the system keychain (Secret Service) and export again to sign it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this run has no keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing refused: the session names no engineer. Enter the engineer on the Start page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing refused: the signing key stored in the keychain under &quot;%1&quot; cannot be read (%2). Remove it from the keychain to have a new one created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing refused: the keychain could not be read (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing refused: OpenSSL could not create an Ed25519 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing refused: the new signing key could not be stored in the keychain (%1).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusIcons</name>
    <message>
        <source>○ Not run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… Running:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Passed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Warning:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ Failed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– Skipped:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepCommands</name>
    <message>
        <source>Enter a valid URL for MOSI Connector at step 1e: the application name comes from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a valid URL from the syndication agreement at step 1a: the application name comes from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the site name at step 4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the site&apos;s IP address at step 4.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepListWidget</name>
    <message>
        <source>Prerequisites</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepRules</name>
    <message>
        <source>&quot;%1&quot; is not an IP address. Enter it as 203.0.113.10 or 2001:db8::10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The value must be on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: the agreement&apos;s URL names no file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed: the synchronization script is not used.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TlsEvidence</name>
    <message numerus="yes">
        <source>The certificate expires in %n day(s), on %1: plan its renewal.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is valid only from %1 (check this computer&apos;s clock too)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is for %1, not for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate is self-signed (issued by nobody this computer trusts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate was issued by &quot;%1&quot;, an authority this computer does not trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrainingScenario</name>
    <message>
        <source>%1: &quot;host&quot; must be a host name such as gw1.lab.example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;application&quot; must be an IIS application name (letters, digits, - _ .).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;files&quot; must be a list of file names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;certificate&quot; must be valid, expired or wrong-host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;dns&quot; must be ok or nxdomain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;gateways&quot; must list at least one gateway application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gateways[%1]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;provisioningHost.pearList&quot; must hold what `pear list` prints there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;pa.instances&quot;: every instance needs a positive &quot;id&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;expect&quot;: each entry needs &quot;scope&quot;, &quot;check&quot; and a &quot;status&quot; of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the scenario file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no training scenario &quot;%1&quot;. The scenarios are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario %1 is not a JSON object: %2 (at byte %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scenario %1 is not usable: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Practise in a simulated PA lab inside the wizard: --training [SCENARIO], a scenario id (%1 by default; --training-list shows them all) or a scenario .json file. With --check: run the scenario&apos;s checks headless.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the training scenarios and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training lab could not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING scenario %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UNEXPECTED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checks; every check gave the result scenario %2 expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checks; %2 differ from what scenario %3 expects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guides an upgrade of the Microsoft Office 365 Application Package on Parallels Automation, step by step as KB 117222 prescribes, and records every confirmation in a resumable session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the session FILE directly and continue where it was left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new session without asking about unfinished ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the automated checks of the session FILE without a window, print one line per check and record the results in the session. Exit code: 0 no blocking check failed, 1 one did, 2 unusable input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --check or --export: only stage ID (start, gateway, dispatcher, provisioning, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --check: write the session with the results to FILE instead of updating it. With --export: the folder or file base name of the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in the PEM FILE (e.g. a customer&apos;s private CA).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --check: read the PA API password from the first line of standard input (never from the command line or the environment) instead of the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the session&apos;s log file records: debug, info (default) or warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the signed REPORT.json read-only in the review window: its signature checked, countersigned as reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language CODE (e.g. en, de, ru); the system&apos;s language by default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;: use debug, info or warning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: standard input gave no password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 checks, %2 blocking failure(s); results recorded in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown option value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session yet: starting in training mode (a simulated lab). Use --new for a real upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot resume the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new session is started instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot start the training lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session could not be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read the certificate authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wizard could not be started again. Run it with --training %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::CertificateDialog</name>
    <message>
        <source>Accept a certificate that is not trusted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; presented a certificate this computer does not trust: %2.&lt;br&gt;Accept it only if the customer confirms this exact fingerprint. The exception holds for this host in this session and is recorded with your name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5F:C6:2D:93</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Last 8 characters of the fingerprint:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept for this host</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::Check</name>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 seconds. Check that the host is reachable from this computer, then re-run the check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::DnsCheck</name>
    <message>
        <source>Enter a valid URL first: the host name comes from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in DNS as seen from this computer (NXDOMAIN). Check the spelling in the URL, or whether this computer uses the customer&apos;s DNS; if you know the address, enter it and override this check with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up %1 failed: %2. Check this computer&apos;s network and DNS settings, then re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exists in DNS but has no address record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 resolves to several addresses: %2. Step 4 needs the one the IIS site is bound to: enter that one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DNS gave no answer for %1 within %2 seconds. Check this computer&apos;s DNS servers, then re-run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::GatewayPage</name>
    <message>
        <source>Remove gateway application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and everything recorded for it (confirmations, notes, check results)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single PA installation may use several Office 365 Gateway Applications: add one tab for each and walk steps 1–7 for each of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add gateway application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move this gateway application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read MOSI URL from &amp;PA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the URL for MOSI Connector from PA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the URL for MOSI Connector came from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gateway application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A check failed: this application cannot go on as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) still to do.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reads the URL for MOSI Connector from the Office 365 application&apos;s instance settings through the PA public API, into every gateway application where it is still empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Configure the PA public API on the PA Application page first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the URL for MOSI Connector from PA…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URL for MOSI Connector read from PA instance #%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ← instance #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Nothing was filled in: every gateway application already has a URL for MOSI Connector.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Filled in (step 1e): %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::HeadlessChecker</name>
    <message>
        <source>&quot;%1&quot; is not a stage with automated checks; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::HttpsProbeCheck</name>
    <message>
        <source>Enter a valid https URL first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started answering but sent only %2 bytes in %3 seconds: the server, or a proxy on the way, is stalling. Check the application pool on the gateway host, then re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 accepted the HTTPS connection but sent no answer within %2 seconds: the site or its application pool may be hung. Check it in IIS Manager, then re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No HTTPS connection to %1 within %2 seconds: the host is down, or a firewall drops the traffic on the way. Check that this computer can reach it, then re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2. If you have checked this certificate with the customer, accept it for this host by its SHA-256 fingerprint %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects from https to %2, which the wizard does not follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects in a loop (%2 redirects, last to %3). Check the application&apos;s HTTP Redirect and URL Rewrite settings in IIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2): the server may offer only old protocols or ciphers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens for HTTPS there. Check the IIS site&apos;s https binding and that the site is started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found in DNS from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed the connection without answering. Check the site&apos;s https binding and its certificate in IIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects in a loop (more than 5 redirects). Check the application&apos;s HTTP Redirect and URL Rewrite settings in IIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirects from https to plain http, which the wizard does not follow.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the proxy settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requesting %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is present and answers (HTTP 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers (HTTP 200).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers 404 Not Found: this application has no %2. The KB says: &quot;%3&quot; The upgrade of this application stops here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers 404 Not Found: the file is missing from the application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers HTTP %2 (access denied): the service must answer anonymously. Check the application&apos;s authentication and IP restrictions in IIS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers HTTP 503: the application pool is stopped or overloaded. Start it in IIS Manager.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers HTTP %2 (server error): the application exists but fails. Check its application pool and the Windows event log on the gateway host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers HTTP %2: it is there, but not with 200.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answers HTTP %2, where 200 was expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its certificate is not trusted (%1) and was accepted by exception (SHA-256 %2).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::IisInventoryCheck</name>
    <message>
        <source>Optional: run the command below on the gateway host (PowerShell, as Administrator) and paste its output to fill this step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output was read (%1 bindings, %2 applications). Enter the URL (step 1e) and the IP address (step 1g) to find the site.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Its root directory %2 has no %3: the KB says to contact Parallels support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Its root directory %2 holds %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::MosiUrlCheck</name>
    <message>
        <source>Office365GatewayHostName: %1 — Office365GatewayApplicationName: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office365GatewayHostName: %1 — Office365Callbacks-DispatcherApplicationName: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::NewFeaturesPage</name>
    <message>
        <source>No feature of the table lies above the installed version %1 and at or below the package&apos;s version %2: nothing to deploy by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Features added after %1 up to %2 that the upgrade does not deploy: mark each as deployed, or defer it with a reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this feature deferred? (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::PaApiCheck</name>
    <message>
        <source>The PA public API at %1 did not answer within %2 seconds. Re-run later, or confirm this step by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PA public API is not configured (address and login), so this is not checked automatically. Confirm by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, or confirm by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Confirm by hand: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::PaApiClient</name>
    <message>
        <source>This PA does not offer the API method %1. Confirm this step by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PA public API is not configured (its address and login): confirm by hand, or enter them and re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call %1 could not be encoded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA at %1 took the call %2 but sent no answer within %3 seconds: PA may be overloaded. Re-run later, or confirm by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No connection to the PA API at %1 within %2 seconds: the host is down, or a firewall drops the traffic to its port. Check that this computer can reach it, then re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed out after %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA at %1 answered %2 with more than %3 MiB: the reply is refused. Confirm this step by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bytes received before the reply was cut off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate of the PA API at %1 is not trusted: %2. Install the CA that issued it on this computer (or give it with --ca-file), then re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA at %1 refused the login &quot;%2&quot; (HTTP 401): check the API login and password, then re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA at %1 refused the call (HTTP 403 Forbidden). PA accepts API calls only from allowed hosts: add this computer&apos;s IP address to the list of hosts allowed to use the public API (in the PA control panel, system properties), then re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 where the PA API answers 200: check the API address (port 8440, path /RPC2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens for the PA API there. Check the address and port (8440 by default) and that the public API is enabled, then re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not found in DNS from this computer: check the PA API address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The TLS handshake with the PA API at %1 failed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA at %1 closed the connection without answering %2. Check that the address is the PA public API (http or https as configured), then re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calling %1 on %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of PA at %1 to %2 is not a valid XML-RPC reply: %3. Confirm this step by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PA does not know the API method %1 (&quot;%2&quot;). Confirm this step by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA at %1 refuses API calls from this computer (&quot;%2&quot;). PA accepts API calls only from allowed hosts: add this computer&apos;s IP address to the list of hosts allowed to use the public API (in the PA control panel, system properties), then re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA at %1 answered %2 with a fault (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of PA at %1 to %2 is not a struct {status, result}: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer has no status member; taken as a success.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer of PA at %1 to %2 has a status that is not a number: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> in module %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA answered %1 with error status %2%3 and no message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA answered %1 with an error%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::PaApiParse</name>
    <message>
        <source>a list of instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>application_instance_id of entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of resource types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service_resource_type_id of entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the autoprovide_service setting of resource type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource_type_name of entry %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of {name, value} settings (the result is %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list of service templates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>st_id of entry %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::PaApiVersionCheck</name>
    <message>
        <source>read the PA version in the Provider Control Panel; POA %1 or later is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA answered the statistics report, but no PA version was found in it (it held %1). Confirm by hand: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA reports version %1 (found at %2): older than %3. The Microsoft Office 365 Application Package requires POA %3 or later. Upgrade PA first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA reports version %1 (found at %2): it meets the requirement (POA %3 or later).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::PaApplicationPage</name>
    <message>
        <source>PA public API (optional: without it, steps 2–4 are confirmed by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://pa.example.com:8440/RPC2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept in the keychain, never in the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the ID of the Office 365 application in PA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save in keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for this &amp;run only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the password in memory until the wizard closes; nothing is stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the API address and the login first: the password is kept for that login at that host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is used for this run only: it is not stored anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available here: the password for %1 is used for this run only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password for %1 is saved in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be used, so the password was not saved: %1
Click &quot;Use for this run only&quot; to use it until the wizard closes, without storing it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::PaAutoprovisioningCheck</name>
    <message>
        <source>in the &apos;Office 365 Application&apos; resource types, Autoprovisioning is Yes for the application service &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID of the Office 365 application in PA. Or confirm by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA lists no instances of application %1, so no resource type could be read. Confirm by hand: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resource type %1 (instance #%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoprovisioning is not Yes for the &quot;%1&quot; service in %2. Set it to Yes (step 2), then re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA lists no resource type for the &quot;%1&quot; service%2. Confirm by hand that one exists with Autoprovisioning = Yes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (its answer lacked %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The autoprovide_service setting was not in PA&apos;s answer for %1. Confirm by hand that Autoprovisioning is Yes for the &quot;%2&quot; service there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autoprovisioning is Yes for the &quot;%1&quot; service in %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::PaCredentialedCheck</name>
    <message>
        <source>No PA API password is stored for %1 at %2: enter it on the PA Application page and save it in the keychain (or use it for this run only). Until then, confirm this step by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PA API password for %1 at %2 could not be read: %3 Until then, confirm this step by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PA API password could not be read, or the PA public API did not answer, within %1 seconds. Re-run later, or confirm this step by hand.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::PaCredentials</name>
    <message>
        <source>No keychain is available to this run, so the PA API password cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored PA API password is empty.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::PaEmptyServiceSetCheck</name>
    <message>
        <source>Step 4 does not apply: the synchronization script is not used on this installation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &quot;Empty Service Set&quot; application service resource type exists with Included Offers and Trial Offer ID set to %1, and it is included in the Office 365 service templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its Included Offers and Trial Offer ID are %1, and it is included in the Office 365 service templates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA lists no resource types of class %1%2: the class may be named differently on this installation. Confirm by hand that an &quot;Empty Service Set&quot; resource type exists and that %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (its answer lacked %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>There is no &quot;Empty Service Set&quot; resource type among the %n resource type(s) of class %1. Create it (step 4) with Included Offers and Trial Offer ID set to %2, include it in the Office 365 service templates, then re-run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included Offers is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Included Offers is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial Offer ID is &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trial Offer ID is not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Empty Service Set resource type is not set up as step 4 requires — %1. Set both activation parameters to %2, then re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Empty Service Set resource type %1 exists, but PA&apos;s answer does not give its activation parameters. Confirm by hand that %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Empty Service Set resource type %1 (its activation parameters are right, checked through the API) is included in every Office 365 service template, and the existing Office 365 subscriptions were updated accordingly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA lists no service templates%1. Confirm by hand: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA&apos;s answer for service template %1 lists no resource types.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; (#%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing Office 365 subscriptions must be updated accordingly (not readable through the API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Empty Service Set resource type %1 is set up, but it is included in none of the %n service template(s) (%2). Include it in the Office 365 service templates (step 4), update the existing Office 365 subscriptions, then re-run.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The Empty Service Set resource type %1 has Included Offers and Trial Offer ID set to %2 and is included in every service template: %3. %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Empty Service Set resource type %1 is set up and included in %2, but not in %3. PA does not say which templates are the Office 365 ones. Confirm by hand: none of %3 is an Office 365 service template (or include the Empty Service Set there), and the existing Office 365 subscriptions were updated accordingly.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::PaInstancesCheck</name>
    <message>
        <source>list the Office 365 application instances and their versions in the Provider Control Panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check in the Provider Control Panel that every Office 365 application instance is at the new version and Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the ID of the Office 365 application in PA to list its instances. Or confirm by hand: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA lists no instances of application %1. Check the application ID; if there are none, there is nothing to upgrade. Confirm by hand: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA&apos;s list of instances of application %1 lacks %2. Confirm by hand: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 lacks %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settle these before the bulk upgrade: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA&apos;s answer was incomplete (%1): confirm those by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) of application %1: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>not at version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still upgrading: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not every instance is upgraded — %1. Wait for running upgrades, look at the failed tasks in PA, and run the bulk upgrade (step 3) again for the rest, then re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the package&apos;s version is not known, so the versions could not be compared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA&apos;s answer was incomplete (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the state of %1 is not one the wizard knows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instances: %1. But %2: confirm by hand that every instance is at the new version and Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>All %n instance(s) are at version %1 or later and Ready: %2.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>o365::PaMosiUrlLookup</name>
    <message>
        <source>The PA public API is not configured (address, login and application ID on the PA Application page): enter the URL for MOSI Connector by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PA API password is not available from the keychain (%1): save it on the PA Application page, or enter the URL for MOSI Connector by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 Enter the URL for MOSI Connector by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA lists no instances of application %1: check the application ID, or enter the URL for MOSI Connector by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instance #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read from PA (application %1) — %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::PaMosiUrlReader</name>
    <message>
        <source>%1 Enter the URL for MOSI Connector by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The URL for MOSI Connector of instance #%1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings of instance #%1 hold no URL for MOSI Connector%2. Enter it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::PaVersionCheck</name>
    <message>
        <source>Enter the PA (POA) version, as shown in the Provider Control Panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version number. Enter it as 5.4.4 or 5.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA %1 is older than %2: the Microsoft Office 365 Application Package requires POA %2 or later. Upgrade PA first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PA %1 meets the requirement (POA %2 or later).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::PearCheck</name>
    <message>
        <source>The versions of the application instances are not known yet: enter them on the Start page (or read them from PA), then re-run this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some application instance versions cannot be read (%1): correct them on the Start page, then re-run this check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No application instance is older than 4.0 (%1): HTTP_Request is not needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how to get the pear list output: over SSH, on this computer, or pasted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the output of pear list at step 2, or choose above to read it over ssh or on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP_Request2 %1 is installed on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP_Request2 is not installed on %1. Run there: %2. The latest PEAR is required for it: if that fails, first run %3 and %4 (this installs or upgrades PEAR), then %2 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installed PEAR version: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP_Request %1 is installed on %2, as the application instances older than 4.0 (%3) need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP_Request is not installed on %1, but application instances older than 4.0 (%2) need it. Run there: %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::PearList</name>
    <message>
        <source>pear is not installed there, or not on the PATH: &quot;%1&quot;. Install PEAR (for example the php-pear package, or go-pear) and run pear list again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output of pear list stops after its header &quot;%1&quot;: the &quot;Package Version State&quot; table is missing. Copy the complete output and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output of pear list has a package table with no rows (channel %1): it looks cut off. Copy the complete output and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The output of pear list is empty. Run pear list and copy all it prints.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not the output of pear list: it has no &quot;Installed packages, channel ...:&quot; header. It begins with &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::PearListSource</name>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the pasted output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Provisioning Gateway Host&apos;s name or IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name: a host cannot begin with &quot;-&quot; (ssh would read it as an option).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or IP address: use only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot; (or an IPv6 address), without a user name, port, spaces or options.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name: use only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;, not beginning with &quot;-&quot; or &quot;.&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh to %1 did not finish within %2 seconds and was stopped. The host may be unreachable or filtered by a firewall, or pear list hangs there: log on to it and run pear list by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pear list did not finish within %1 seconds on this computer and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Killed after %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh could not be started on this computer (%1). Install the OpenSSH client, or run pear list on the host and paste its output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pear is not installed on this computer, or not on the PATH (%1). Run pear list on the Provisioning Gateway Host instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 crashed while running pear list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pear list failed on this computer (exit code %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not known to DNS as seen from this computer (ssh: Could not resolve hostname). Check the spelling, or enter the host&apos;s IP address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server listens on that port. Check the port, and that sshd runs on the Provisioning Gateway Host.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to %1 timed out: the host is down, or a firewall drops SSH from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer (no route to host). Check the network path or VPN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED since this computer last connected: this may be a reinstalled host, or someone intercepting the connection. Confirm the new key with the host&apos;s administrator before removing the old one (ssh-keygen -R %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The host key of %1 is not known to this computer, and the wizard never accepts an unknown key. Connect once from a terminal (ssh %2), compare the fingerprint with the host&apos;s administrator, accept it, then re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused to log in %2 with this computer&apos;s SSH keys (Permission denied). The wizard never asks for a password: load a key into ssh-agent or add this computer&apos;s public key to the user&apos;s authorized_keys, then re-run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ssh to %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pear is not installed on %1, or not on the PATH of a non-interactive login (pear: command not found). Install PEAR there: wget http://pear.php.net/go-pear.phar and php go-pear.phar (or the distribution&apos;s php-pear package), then run pear install HTTP_Request2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pear list failed on %1 (exit code %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::ProvisioningPage</name>
    <message>
        <source>How to read pear list from the Provisioning Gateway Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over &amp;ssh (this computer&apos;s ssh and keys; no password is ever asked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run it &amp;here (this computer is the Provisioning Gateway Host)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Paste its output at step 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pgw.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>22</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H&amp;ost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Po&amp;rt:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::ReportCli</name>
    <message>
        <source>A PDF needs the graphical application object; run with QT_QPA_PLATFORM=offscreen or choose --format json,html.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new signing key was created and stored in the keychain.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the JSON: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, key fingerprint: %1
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed.
</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::ReportCountersignJob</name>
    <message>
        <source>Give the reviewer&apos;s name: the countersignature is made with that reviewer&apos;s key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not countersigned: the report&apos;s own signature does not hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not countersigned: the report changed since it was opened for review (SHA-256 %1, now %2). Open it again and review what it says now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not countersigned: the reviewer&apos;s key is the key that signed the report (%1). A countersignature must come from a second engineer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::ReportExportJob</name>
    <message>
        <source>The report was exported without a signature.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::ResumeDialog</name>
    <message>
        <source>Resume an upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These upgrades are not finished. Resume one, or start a new session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(cannot be opened)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (training)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;new session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::ReviewDialog</name>
    <message>
        <source>Signed report to review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports (*.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No report opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer, time, key fingerprint and countersignatures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersign as reviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name: your own signing key from the keychain is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Countersign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersign the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersigning in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersignature result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This report cannot be countersigned: its signature must hold first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countersigning… (the keychain may ask to be unlocked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Countersigned by %1, key fingerprint %2%3. Written:
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (a new key, now kept in your keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::Session</name>
    <message>
        <source>Single Office 365 Gateway Application topology: the KB says to skip the Callbacks-Dispatcher steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not an O365 Upgrade Wizard session (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has no valid schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was written by a newer version of the wizard (schema %1; this version reads up to %2). Open it with that version, or update this one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A gateway application in the session has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session lists no gateway application.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::SignOffPage</name>
    <message>
        <source>Check the summary, then sign off the upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I, the engineer named on the Start page, &amp;confirm that the upgrade was carried out as recorded above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gn it with my key (kept in the keychain; created the first time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the report (JSON, HTML, PDF)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new signing key was created and stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ Written:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed; key fingerprint %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — case %2 — engineer %3&lt;br&gt;PA %4; application %5 → %6&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ complete: %1 of %2 steps done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ incomplete: %1 open, %2 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %1 overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (%2): %3 — %4, %5&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — application %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>– skipped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (%2): deferred — %3 — %4, %5&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none deployed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deployed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Overrides&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::StagePage</name>
    <message>
        <source>KB %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stage report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write this stage&apos;s report (JSON, HTML, PDF), unsigned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 (not signed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TRAINING — a simulated lab, not a customer&apos;s installation. Scenario: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training session</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::StartPage</name>
    <message>
        <source>Microsoft Office 365 Application Package</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application packages (*.zip *.app.zip);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start: the case and the installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;view a signed report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a signed report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a signed report read-only, check its signature and countersign it as reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ase / ticket:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. CASE-12345</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Engineer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name: recorded with every confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Installation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;PA (POA) version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 5.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Installed application version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 3.0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Target (package) version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 4.1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Microsoft Office 365 Application Package (.zip)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application pac&amp;kage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application package file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate Office 365 Callbacks-Dispatcher Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Single Office 365 Gateway Application (the Callbacks-Dispatcher stage is skipped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;synchronization script (Microsoft Online Services Portal → PA) is used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From KB %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixed issues in this package&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ &quot;%1&quot; is not a version number: enter the installed version as 3.0 or 4.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ &quot;%1&quot; is not a version number: enter the package&apos;s version as 4.1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The package&apos;s version %1 is not newer than the installed %2: this is not an upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade from %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the package and computing its SHA-256…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✔ %1 contains %2 with %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Package version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The package is version %1, but the target version above is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise in the &amp;training lab…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Practise in the training lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pick a training scenario: the wizard restarts against a simulated PA lab.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::StepListWidget</name>
    <message>
        <source>&amp;Re-run checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run this stage&apos;s automated checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checks running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⛔ Stopped at step %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::StepRowWidget</name>
    <message>
        <source>I have read this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this step passed over? (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Important:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Command for step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the command of step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept this certificate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The automated check could not decide this step: confirm it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No automated check for this step yet: confirm it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note to step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Override step %1 with a justification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for this step (kept in the session and the report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note for step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Justification for overriding step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after the upgrade: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no engineer named)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overridden by %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::TrainingLab</name>
    <message>
        <source>Trainee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: expected %3, got %4 (%5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: expected %3, but the check did not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: failed, which the scenario does not expect (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::UpgradeWizard</name>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — TRAINING</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>o365::XmlRpc</name>
    <message>
        <source>the value is nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the integer %1 does not fit in an XML-RPC int (32 bits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the double %1 is not finite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a string holds a character XML cannot carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invalid date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a member name holds a character XML cannot carry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values of type %1 cannot be sent over XML-RPC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text outside the &lt;%1&gt; element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a second root element &lt;%1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected XML (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is truncated: the XML ends at line %1 before it is complete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is not well-formed XML: %1 (line %2, column %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has a DOCTYPE declaration, which XML-RPC never uses; it is refused (no entity is expanded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply uses the entity reference &amp;%1;, which is refused (only the five predefined entities are allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply holds a processing instruction &lt;?%1?&gt;, which is refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; in &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected XML (%1) in &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected element &lt;%1&gt; inside &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;methodCall&gt; names no method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;methodResponse&gt; holds more than one of &lt;params&gt; and &lt;fault&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;methodResponse&gt; is empty: it holds neither &lt;params&gt; nor &lt;fault&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a response holds more than one &lt;param&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;params&gt; holds no &lt;param&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds more than one &lt;value&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds no &lt;value&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &lt;fault&gt; value is not a struct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &lt;fault&gt; has no int faultCode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the &lt;fault&gt; has no string faultString</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>values are nested deeper than %1 levels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;value&gt; holds text beside its type element</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &lt;value&gt; holds more than one type element (&lt;%1&gt; is the second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected XML (%1) in &lt;value&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;nil/&gt; holds text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;value&gt; (not an XML-RPC type)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds &quot;%2&quot;, which is not a 32-bit integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;boolean&gt; holds &quot;%1&quot;; only 0 or 1 are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;double&gt; holds &quot;%1&quot;, which is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;base64&gt; holds text that is not base64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;dateTime.iso8601&gt; holds &quot;%1&quot;, which is not a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a struct &lt;member&gt; has two &lt;name&gt; elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a struct &lt;member&gt; has two &lt;value&gt; elements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a struct &lt;member&gt; has no &lt;name&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the struct member &quot;%1&quot; has no &lt;value&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the struct member &quot;%1&quot; appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &lt;array&gt; holds more than one &lt;data&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an &lt;array&gt; has no &lt;data&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the method name is empty or not valid XML text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a message XML cannot carry)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply is %1 bytes, more than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the call is %1 bytes, more than the limit of %2 bytes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
