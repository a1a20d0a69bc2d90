<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AppInfo</name>
    <message>
        <source>O365 Upgrade Wizard</source>
        <translation>Мастер обновления O365</translation>
    </message>
</context>
<context>
    <name>ApplicationStage</name>
    <message>
        <source>Enter the site name at step 4.</source>
        <translation>Введите имя сайта на шаге 4.</translation>
    </message>
    <message>
        <source>Enter the site&apos;s IP address at step 4.</source>
        <translation>Введите IP-адрес сайта на шаге 4.</translation>
    </message>
    <message>
        <source>Not needed: the agreement&apos;s URL names no file.</source>
        <translation>Не требуется: в URL из соглашения не указан файл.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Enter it as 203.0.113.10 or 2001:db8::10.</source>
        <translation>«%1» — не IP-адрес. Введите его в виде 203.0.113.10 или 2001:db8::10.</translation>
    </message>
    <message>
        <source>Output in the console (copy it from there)</source>
        <translation>Вывод в консоль (скопируйте оттуда)</translation>
    </message>
    <message>
        <source>Output to the clipboard (| clip: no console in between)</source>
        <translation>Вывод в буфер обмена (| clip: без консоли)</translation>
    </message>
    <message>
        <source>Output to a file (%TEMP%\o365w-iis.txt, opened in Notepad; or load it here)</source>
        <translation>Вывод в файл (%TEMP%\o365w-iis.txt, открывается в Блокноте; или загрузите его здесь)</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>There is no file at %1.</source>
        <translation>Файла %1 нет.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2.</source>
        <translation>Не удаётся открыть %1: %2.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose the file itself.</source>
        <translation>%1 — папка, а не файл. Выберите сам файл.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket), so it was not read. Choose the file itself, or copy it to a regular file first.</source>
        <translation>%1 — не обычный файл (а устройство, канал или сокет), поэтому он не прочитан. Выберите сам файл или сначала скопируйте его в обычный файл.</translation>
    </message>
    <message>
        <source>%1 is %2 MB, larger than the %3 MB such a file can be; it was not read.</source>
        <translation>%1 занимает %2 МБ — больше допустимых для такого файла %3 МБ; он не прочитан.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is larger than the %2 MB such a file can be; it was not read.</source>
        <translation>%1 больше допустимых для такого файла %2 МБ; он не прочитан.</translation>
    </message>
</context>
<context>
    <name>DispatcherStage</name>
    <message>
        <source>Enter a valid URL from the syndication agreement at step 1a: the application name comes from it.</source>
        <translation>Введите на шаге 1a допустимый URL из соглашения о синдикации: из него берётся имя приложения.</translation>
    </message>
</context>
<context>
    <name>GatewayStage</name>
    <message>
        <source>Enter a valid URL for MOSI Connector at step 1e: the application name comes from it.</source>
        <translation>Введите на шаге 1e допустимый URL for MOSI Connector: из него берётся имя приложения.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
    <message>
        <source>URL for MOSI Connector read from PA instance #%1.</source>
        <translation>URL for MOSI Connector прочитан из экземпляра PA №%1.</translation>
    </message>
    <message>
        <source>Gateway application %1</source>
        <translation>Приложение шлюза %1</translation>
    </message>
</context>
<context>
    <name>GatewayUrl</name>
    <message>
        <source>Enter the URL, for example %1.</source>
        <translation>Введите URL, например %1.</translation>
    </message>
    <message>
        <source>The URL contains a space. Copy the value again from the control panel: host and application names never contain spaces.</source>
        <translation>URL содержит пробел. Скопируйте значение из панели управления ещё раз: имена узлов и приложений никогда не содержат пробелов.</translation>
    </message>
    <message>
        <source>The URL must start with https://, for example %1.</source>
        <translation>URL должен начинаться с https://, например %1.</translation>
    </message>
    <message>
        <source>The URL must use https://, not %1://. The Office 365 Gateway is only reached over HTTPS.</source>
        <translation>URL должен использовать https://, а не %1://. Office 365 Gateway доступен только по HTTPS.</translation>
    </message>
    <message>
        <source>This is not a valid URL (%1). Copy the value again from the control panel.</source>
        <translation>Это недопустимый URL (%1). Скопируйте значение из панели управления ещё раз.</translation>
    </message>
    <message>
        <source>Remove the user name or password from the URL: the KB&apos;s URL has the form %1.</source>
        <translation>Удалите из URL имя пользователя или пароль: URL из статьи KB имеет вид %1.</translation>
    </message>
    <message>
        <source>The URL has no host name. It should look like %1.</source>
        <translation>В URL нет имени узла. Он должен выглядеть так: %1.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains non-ASCII characters that cannot be converted for DNS.</source>
        <translation>Имя узла «%1» содержит символы вне ASCII, которые невозможно преобразовать для DNS.</translation>
    </message>
    <message>
        <source>The host name &quot;%1&quot; contains non-ASCII characters. IIS bindings and certificates use its ASCII form: enter &quot;%2&quot; instead, if that is the name configured in PA.</source>
        <translation>Имя узла «%1» содержит символы вне ASCII. Привязки IIS и сертификаты используют его ASCII-форму: введите вместо него «%2», если именно это имя настроено в PA.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>«%1» — недопустимое имя узла.</translation>
    </message>
    <message>
        <source>Remove everything after &quot;?&quot; or &quot;#&quot;: the URL should look like %1.</source>
        <translation>Удалите всё, начиная с «?» или «#»: URL должен выглядеть так: %1.</translation>
    </message>
    <message>
        <source>Port 0 cannot be connected to: remove &quot;:0&quot; from the URL, or give the port the site is bound to in IIS.</source>
        <translation>К порту 0 нельзя подключиться: удалите «:0» из URL или укажите порт, к которому привязан сайт в IIS.</translation>
    </message>
    <message>
        <source>The URL names no application: between the host and %1 there must be the Office 365 Gateway Application&apos;s name, as in %2.</source>
        <translation>В URL не указано приложение: между узлом и %1 должно стоять имя приложения Office 365 Gateway Application, как в %2.</translation>
    </message>
    <message>
        <source>The URL must end with /%1, as in %2.</source>
        <translation>URL должен оканчиваться на /%1, как в %2.</translation>
    </message>
    <message>
        <source>The URL ends with &quot;%1&quot;, but the URL for MOSI Connector ends with &quot;%2&quot;. Check that you copied the right setting.</source>
        <translation>URL оканчивается на «%1», а URL for MOSI Connector оканчивается на «%2». Проверьте, что скопирован нужный параметр.</translation>
    </message>
    <message>
        <source>The URL names no application: after the host there must be the application&apos;s name, as in %1.</source>
        <translation>В URL не указано приложение: после узла должно стоять имя приложения, как в %1.</translation>
    </message>
    <message>
        <source>The URL has %1 path segments before the file (&quot;%2&quot;), but the KB&apos;s form has exactly one: the application&apos;s name, as in %3.</source>
        <translation>В URL перед файлом («%2») %1 сегментов пути, а по статье KB должен быть ровно один — имя приложения, как в %3.</translation>
    </message>
</context>
<context>
    <name>IisInventory</name>
    <message>
        <source>Windows PowerShell reported: &quot;%1&quot;. This is the 32-bit Windows PowerShell (x86), which cannot read the IIS configuration. Start &quot;Windows PowerShell&quot; (not the one marked x86) with &quot;Run as administrator&quot;, run the command again and paste its output.</source>
        <translation>Windows PowerShell сообщила: «%1». Это 32-разрядная Windows PowerShell (x86), которая не может прочитать конфигурацию IIS. Запустите «Windows PowerShell» (не помеченную x86) через «Запуск от имени администратора», выполните команду ещё раз и вставьте её вывод.</translation>
    </message>
    <message>
        <source>The command was run in the Command Prompt (cmd.exe), which reported: &quot;%1&quot;. Run it in Windows PowerShell started with &quot;Run as administrator&quot; and paste its output.</source>
        <translation>Команда была выполнена в командной строке (cmd.exe), которая сообщила: «%1». Выполните её в Windows PowerShell, запущенной через «Запуск от имени администратора», и вставьте её вывод.</translation>
    </message>
    <message>
        <source>Windows PowerShell could not load the IIS module WebAdministration: &quot;%1&quot;. The IIS management tools are missing, or this is not the Office 365 Gateway Host. Install the IIS Management Scripts and Tools (Server Manager &gt; Web Server (IIS) &gt; Management Tools), start Windows PowerShell with &quot;Run as administrator&quot;, run the command again and paste its output.</source>
        <translation>Windows PowerShell не удалось загрузить модуль IIS WebAdministration: «%1». Отсутствуют средства управления IIS, или это не Office 365 Gateway Host. Установите «Сценарии и средства управления IIS» (Диспетчер серверов &gt; Веб-сервер (IIS) &gt; Средства управления), запустите Windows PowerShell через «Запуск от имени администратора», выполните команду ещё раз и вставьте её вывод.</translation>
    </message>
    <message>
        <source>Windows PowerShell may not read the IIS configuration: &quot;%1&quot;. Start Windows PowerShell with &quot;Run as administrator&quot;, run the command again and paste its output.</source>
        <translation>Windows PowerShell не имеет права читать конфигурацию IIS: «%1». Запустите Windows PowerShell через «Запуск от имени администратора», выполните команду ещё раз и вставьте её вывод.</translation>
    </message>
    <message>
        <source>Windows PowerShell does not know a command of the one-liner: &quot;%1&quot;. Run it in Windows PowerShell 2.0 or later on the Office 365 Gateway Host, with the IIS Management Scripts and Tools installed, and paste its output.</source>
        <translation>Windows PowerShell не знает одну из команд однострочника: «%1». Выполните его в Windows PowerShell 2.0 или новее на Office 365 Gateway Host с установленными сценариями и средствами управления IIS и вставьте его вывод.</translation>
    </message>
    <message>
        <source>Windows PowerShell reported an error: &quot;%1&quot;. Copy the command again exactly as shown, run it in Windows PowerShell started with &quot;Run as administrator&quot; and paste only its output.</source>
        <translation>Windows PowerShell сообщила об ошибке: «%1». Скопируйте команду ещё раз точно в показанном виде, выполните её в Windows PowerShell, запущенной через «Запуск от имени администратора», и вставьте только её вывод.</translation>
    </message>
    <message>
        <source>Line %1: the output of the command appears more than once. Paste the output of one run only.</source>
        <translation>Строка %1: вывод команды вставлен несколько раз. Вставьте вывод только одного запуска.</translation>
    </message>
    <message>
        <source>Line %1: the binding &quot;%2&quot; of the site &quot;%3&quot; is not of the form IP:port:host. Copy the whole output again.</source>
        <translation>Строка %1: привязка «%2» сайта «%3» не имеет вида IP:порт:узел. Скопируйте весь вывод ещё раз.</translation>
    </message>
    <message>
        <source>Line %1: the application &quot;%2&quot; has &quot;%3&quot; and &quot;%4&quot; where True or False is expected. Copy the whole output again.</source>
        <translation>Строка %1: у приложения «%2» указано «%3» и «%4» там, где ожидается True или False. Скопируйте весь вывод ещё раз.</translation>
    </message>
    <message>
        <source>Line %1: the last line of the output (%2) is damaged. Copy the whole output again.</source>
        <translation>Строка %1: последняя строка вывода (%2) повреждена. Скопируйте весь вывод ещё раз.</translation>
    </message>
    <message>
        <source>Lines are missing from the pasted output: the command printed %1 %2 and %3 %4 lines, %5 and %6 were pasted. Copy the whole output again, from its first line down to the line starting with %7.</source>
        <translation>Во вставленном выводе не хватает строк: команда вывела %1 строк %2 и %3 строк %4, а вставлено %5 и %6. Скопируйте весь вывод ещё раз — от первой строки до строки, начинающейся с %7.</translation>
    </message>
    <message>
        <source>Nothing was pasted. Run the command shown above in Windows PowerShell on the Office 365 Gateway Host and paste its whole output here.</source>
        <translation>Ничего не вставлено. Выполните показанную выше команду в Windows PowerShell на Office 365 Gateway Host и вставьте сюда весь её вывод.</translation>
    </message>
    <message>
        <source>No output of the wizard&apos;s command was found: copy the whole output of the command shown above (the lines starting with O365W-) and paste it here.</source>
        <translation>Вывод команды мастера не найден: скопируйте весь вывод показанной выше команды (строки, начинающиеся с O365W-) и вставьте его сюда.</translation>
    </message>
    <message>
        <source>The pasted output is incomplete: its last line, starting with %1, is missing. Copy the whole output again, down to that line.</source>
        <translation>Вставленный вывод неполный: отсутствует его последняя строка, начинающаяся с %1. Скопируйте весь вывод ещё раз, включая эту строку.</translation>
    </message>
    <message>
        <source>Paste the output of the command first.</source>
        <translation>Сначала вставьте вывод команды.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address. Enter the address the gateway host name resolves to.</source>
        <translation>«%1» — не IP-адрес. Введите адрес, в который разрешается имя узла шлюза.</translation>
    </message>
    <message>
        <source>Enter the application&apos;s name.</source>
        <translation>Введите имя приложения.</translation>
    </message>
    <message>
        <source>IIS on this host has no sites. Check that you ran the command on the Office 365 Gateway Host that %1 belongs to.</source>
        <translation>В IIS на этом узле нет сайтов. Проверьте, что команда выполнена на том Office 365 Gateway Host, которому принадлежит %1.</translation>
    </message>
    <message>
        <source>all unassigned addresses (*)</source>
        <translation>все неназначенные адреса (*)</translation>
    </message>
    <message>
        <source>Several IIS sites are bound to %1: %2. In IIS Manager, select the one whose binding has the gateway host name (or no host name), then enter its name.</source>
        <translation>К %1 привязано несколько сайтов IIS: %2. В диспетчере IIS выберите тот, в привязке которого указано имя узла шлюза (или имя узла не указано), и введите его имя.</translation>
    </message>
    <message>
        <source>The application %1 exists in %2.</source>
        <translation>Приложение %1 есть в %2.</translation>
    </message>
    <message>
        <source>Several IIS sites are bound to %1: %2. Only &quot;%3&quot; has the application %4, so it is taken; make sure in IIS Manager that its binding has the gateway host name.</source>
        <translation>К %1 привязано несколько сайтов IIS: %2. Только в «%3» есть приложение %4, поэтому выбран он; убедитесь в диспетчере IIS, что в его привязке указано имя узла шлюза.</translation>
    </message>
    <message>
        <source>No IIS site is bound to %1 itself; &quot;%2&quot; is bound to all unassigned addresses (*), so it answers on %1 only if no other site takes that address. Make sure in IIS Manager that it is the right site.</source>
        <translation>Ни один сайт IIS не привязан непосредственно к %1; «%2» привязан ко всем неназначенным адресам (*) и отвечает на %1, только если этот адрес не занят другим сайтом. Убедитесь в диспетчере IIS, что это нужный сайт.</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; has no application %2, and no other site has one. Check the application&apos;s name and that you ran the command on the right Office 365 Gateway Host.</source>
        <translation>На сайте «%1» нет приложения %2, и ни на одном другом сайте его тоже нет. Проверьте имя приложения и что команда выполнена на нужном Office 365 Gateway Host.</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; has no application %2. It exists in %3: check the IP address, which decides the site.</source>
        <translation>На сайте «%1» нет приложения %2. Оно есть в %3: проверьте IP-адрес, по которому определяется сайт.</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; is bound to %2 and has the application %3 in %4.</source>
        <translation>Сайт «%1» привязан к %2, и в нём есть приложение %3 в %4.</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; is bound to %2, but IIS&apos;s cmdlets cannot list its applications: its name holds [ ] * ? or &apos;, which Get-WebApplication -Site reads as a pattern. Check in IIS Manager that &quot;%1&quot; has the application %3 and that its folder holds the service file, then confirm the steps by hand.</source>
        <translation>Сайт «%1» привязан к %2, но командлеты IIS не могут перечислить его приложения: его имя содержит [ ] * ? или &apos;, что Get-WebApplication -Site читает как шаблон. Проверьте в диспетчере IIS, что у «%1» есть приложение %3 и что его папка содержит файл службы, затем подтвердите шаги вручную.</translation>
    </message>
    <message>
        <source>Line %1 of the pasted text is incomplete: after %2 it has %3 fields instead of %4. The console may have cut or wrapped it. Copy the whole output again, or use the command that copies the output to the clipboard (| clip) or writes it to a file.</source>
        <translation>Строка %1 вставленного текста неполная: после %2 в ней %3 полей вместо %4. Возможно, консоль обрезала или перенесла её. Скопируйте весь вывод ещё раз или используйте команду, которая копирует вывод в буфер обмена (| clip) или записывает его в файл.</translation>
    </message>
    <message>
        <source>No IIS site is bound to %1, the address the gateway host name resolves to, and none to all unassigned addresses (*). Behind NAT the public DNS address is not the address IIS is bound to. The sites and their bindings: %2. Enter the name of the gateway&apos;s site at this step to choose it (your choice is recorded), or check the IP address and that you ran the command on the right Office 365 Gateway Host.</source>
        <translation>Ни один сайт IIS не привязан к %1 — адресу, в который разрешается имя узла шлюза, — и ни один не привязан ко всем неназначенным адресам (*). За NAT публичный адрес DNS — не тот адрес, к которому привязан IIS. Сайты и их привязки: %2. Введите на этом шаге имя сайта шлюза, чтобы выбрать его (ваш выбор записывается), или проверьте IP-адрес и то, что вы выполнили команду на нужном Office 365 Gateway Host.</translation>
    </message>
    <message>
        <source>No IIS site is bound to %1, the address the gateway host name resolves to (behind NAT the public address is not the IIS binding): the site &quot;%2&quot; you entered is used, as your choice (%3).</source>
        <translation>Ни один сайт IIS не привязан к %1 — адресу, в который разрешается имя узла шлюза (за NAT публичный адрес — не привязка IIS): используется введённый вами сайт «%2» как ваш выбор (%3).</translation>
    </message>
    <message>
        <source>The site &quot;%1&quot; has the application %2 in %3.</source>
        <translation>У сайта «%1» есть приложение %2 в %3.</translation>
    </message>
</context>
<context>
    <name>NetworkFailure</name>
    <message>
        <source>The proxy asks for a user name and password and did not accept the ones given (or none were given). Enter them when the wizard asks, or check the proxy user in Network settings on the Start page, then re-run.</source>
        <translation>Прокси запрашивает имя пользователя и пароль и не принял указанные (или они не были указаны). Введите их, когда мастер попросит, или проверьте пользователя прокси в сетевых настройках на начальной странице, затем повторите проверку.</translation>
    </message>
    <message>
        <source>The proxy refused the connection: check its host and port in Network settings on the Start page (%1).</source>
        <translation>Прокси отклонил подключение: проверьте его хост и порт в сетевых настройках на начальной странице (%1).</translation>
    </message>
    <message>
        <source>The proxy&apos;s host name was not found: check it in Network settings on the Start page (%1).</source>
        <translation>Имя хоста прокси не найдено: проверьте его в сетевых настройках на начальной странице (%1).</translation>
    </message>
    <message>
        <source>The proxy failed: %1. Check the proxy settings.</source>
        <translation>Ошибка прокси: %1. Проверьте настройки прокси.</translation>
    </message>
</context>
<context>
    <name>PaApplicationStage</name>
    <message>
        <source>Not needed: the synchronization script is not used.</source>
        <translation>Не требуется: сценарий синхронизации не используется.</translation>
    </message>
</context>
<context>
    <name>PackageInspector</name>
    <message>
        <source>APP-META.xml in %1 contains a document type declaration (DOCTYPE), which the vendor&apos;s file does not have, so it was not read and the package version is unknown. Download the package again from the vendor.</source>
        <translation>APP-META.xml в %1 содержит объявление типа документа (DOCTYPE), которого нет в файле поставщика, поэтому файл не прочитан и версия пакета неизвестна. Загрузите пакет у поставщика ещё раз.</translation>
    </message>
    <message>
        <source>APP-META.xml in %1 does not use an APS namespace (%2 or %3); the version shown may not be the package&apos;s.</source>
        <translation>APP-META.xml в %1 не использует пространство имён APS (%2 или %3); показанная версия может не относиться к пакету.</translation>
    </message>
    <message>
        <source>APP-META.xml in %1 is not well-formed XML (line %2: %3); the package version may be missing.</source>
        <translation>APP-META.xml в %1 — некорректный XML (строка %2: %3); версия пакета может отсутствовать.</translation>
    </message>
    <message>
        <source>APP-META.xml in %1 has no &lt;version&gt; element, so the package version is unknown.</source>
        <translation>В APP-META.xml в %1 нет элемента &lt;version&gt;, поэтому версия пакета неизвестна.</translation>
    </message>
    <message>
        <source>%1 has no APP-META.xml at its root, so the package version is unknown. Check that it is the Microsoft Office 365 Application Package (an APS package).</source>
        <translation>В корне %1 нет APP-META.xml, поэтому версия пакета неизвестна. Проверьте, что это Microsoft Office 365 Application Package (пакет APS).</translation>
    </message>
    <message>
        <source>No package file was chosen. Choose the Microsoft Office 365 Application Package (.zip) you downloaded from the vendor.</source>
        <translation>Файл пакета не выбран. Выберите Microsoft Office 365 Application Package (.zip), загруженный у поставщика.</translation>
    </message>
    <message>
        <source>There is no file at %1. Check the path, or download the Microsoft Office 365 Application Package again and choose the downloaded .zip file.</source>
        <translation>Файла %1 не существует. Проверьте путь или загрузите Microsoft Office 365 Application Package ещё раз и выберите загруженный файл .zip.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose the Microsoft Office 365 Application Package file (.zip) itself, not the folder that contains it or an unpacked copy.</source>
        <translation>%1 — это папка, а не файл. Выберите сам файл Microsoft Office 365 Application Package (.zip), а не содержащую его папку или распакованную копию.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, pipe or socket). Choose the downloaded Microsoft Office 365 Application Package file (.zip).</source>
        <translation>%1 — не обычный файл (это устройство, канал или сокет). Выберите загруженный файл Microsoft Office 365 Application Package (.zip).</translation>
    </message>
    <message>
        <source>%1 cannot be opened for reading (%2). Check that the account running the wizard may read it, or copy the package to a folder of your own and choose the copy.</source>
        <translation>%1 не удаётся открыть для чтения (%2). Проверьте, что учётная запись, от имени которой работает мастер, может читать файл, или скопируйте пакет в свою папку и выберите копию.</translation>
    </message>
    <message>
        <source>%1 could not be read to the end (%2 after %3 bytes). If it is on a network share or removable disk, copy it to a local disk and choose the copy.</source>
        <translation>%1 не удалось прочитать до конца (%2 после %3 байт). Если файл находится в сетевой папке или на съёмном диске, скопируйте его на локальный диск и выберите копию.</translation>
    </message>
    <message>
        <source>Download the Microsoft Office 365 Application Package again and compare its size (%1 bytes here) and SHA-256 (%2 here) with the ones the vendor publishes.</source>
        <translation>Загрузите Microsoft Office 365 Application Package ещё раз и сравните его размер (здесь %1 байт) и SHA-256 (здесь %2) со значениями, опубликованными поставщиком.</translation>
    </message>
    <message>
        <source>%1 is empty (0 bytes): the download or copy did not complete. Download the Microsoft Office 365 Application Package again.</source>
        <translation>%1 пуст (0 байт): загрузка или копирование не завершились. Загрузите Microsoft Office 365 Application Package ещё раз.</translation>
    </message>
    <message>
        <source>%1 could not be read again after hashing (%2).</source>
        <translation>%1 не удалось повторно прочитать после вычисления хеша (%2).</translation>
    </message>
    <message>
        <source>%1 is only the first %2 bytes of a ZIP archive: the download or copy was interrupted. %3</source>
        <translation>%1 — это только первые %2 байт ZIP-архива: загрузка или копирование были прерваны. %3</translation>
    </message>
    <message>
        <source>%1 is a web page (HTML), not the ZIP archive of the package: the download link probably returned a login or error page. %2</source>
        <translation>%1 — веб-страница (HTML), а не ZIP-архив пакета: по ссылке для загрузки, вероятно, была получена страница входа или ошибки. %2</translation>
    </message>
    <message>
        <source>%1 is not a ZIP archive (it does not start with the ZIP signature &quot;PK&quot;), so it is not the Microsoft Office 365 Application Package. %2</source>
        <translation>%1 — не ZIP-архив (не начинается с сигнатуры ZIP «PK»), значит, это не Microsoft Office 365 Application Package. %2</translation>
    </message>
    <message>
        <source>%1 is cut short: the end of its ZIP table of contents is missing, so the download or copy was interrupted. %2</source>
        <translation>%1 обрезан: отсутствует конец оглавления ZIP, значит, загрузка или копирование были прерваны. %2</translation>
    </message>
    <message>
        <source>%1 is an empty ZIP archive: it contains no files at all, so not %2. Download the Microsoft Office 365 Application Package again.</source>
        <translation>%1 — пустой ZIP-архив: в нём нет ни одного файла, в том числе %2. Загрузите Microsoft Office 365 Application Package ещё раз.</translation>
    </message>
    <message>
        <source>%1 starts like a ZIP archive but its table of contents (central directory) is missing or damaged (ZIP error %2): the download or copy was probably cut short. %3</source>
        <translation>%1 начинается как ZIP-архив, но его оглавление (центральный каталог) отсутствует или повреждено (ошибка ZIP %2): вероятно, загрузка или копирование были прерваны. %3</translation>
    </message>
    <message>
        <source>%1 lists more than %2 files, far more than the Microsoft Office 365 Application Package contains, so it was not inspected. Check that you chose the right file.</source>
        <translation>В %1 более %2 файлов — намного больше, чем в Microsoft Office 365 Application Package, поэтому архив не проверялся. Проверьте, что выбран нужный файл.</translation>
    </message>
    <message>
        <source>%1 has a damaged table of contents (ZIP error %2): the download or copy was probably cut short. %3</source>
        <translation>У %1 повреждено оглавление (ошибка ZIP %2): вероятно, загрузка или копирование были прерваны. %3</translation>
    </message>
    <message>
        <source>APP-META.xml in %1 is larger than %2 bytes, so it was not read and the package version is unknown.</source>
        <translation>APP-META.xml в %1 больше %2 байт, поэтому файл не прочитан и версия пакета неизвестна.</translation>
    </message>
    <message>
        <source>APP-META.xml in %1 is password-protected, so the package version is unknown; the vendor&apos;s package is not encrypted.</source>
        <translation>APP-META.xml в %1 защищён паролем, поэтому версия пакета неизвестна; пакет поставщика не шифруется.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2 inside it cannot be read completely (data cut short or checksum mismatch). %3</source>
        <translation>%1 повреждён: %2 внутри него не читается полностью (данные обрезаны или не совпадает контрольная сумма). %3</translation>
    </message>
    <message>
        <source>%1 contains %2 but no %3: it looks like %3 itself (or an unpacked copy), not the Microsoft Office 365 Application Package. Choose the package file that contains %3.</source>
        <translation>%1 содержит %2, но не содержит %3: похоже, это сам %3 (или распакованная копия), а не Microsoft Office 365 Application Package. Выберите файл пакета, содержащий %3.</translation>
    </message>
    <message>
        <source>%1 does not contain %2, which step 2b extracts from the Microsoft Office 365 Application Package. Check that you chose the right package, or download it again.</source>
        <translation>%1 не содержит %2, который на шаге 2b извлекается из Microsoft Office 365 Application Package. Проверьте, что выбран нужный пакет, или загрузите его ещё раз.</translation>
    </message>
    <message>
        <source>%1 contains more than one %2; the wizard uses %3 and ignores %4.</source>
        <translation>%1 содержит более одного %2; мастер использует %3 и пропускает %4.</translation>
    </message>
    <message>
        <source>%1 inside %2 is larger than %3 bytes (it declares %4 bytes), much larger than the vendor&apos;s; it was not read. Check that you chose the right package, or download it again.</source>
        <translation>%1 внутри %2 больше %3 байт (заявлено %4 байт) — намного больше, чем у поставщика; файл не прочитан. Проверьте, что выбран нужный пакет, или загрузите его ещё раз.</translation>
    </message>
    <message>
        <source>%1 inside %2 is password-protected; the vendor&apos;s package is not. Download the Microsoft Office 365 Application Package again from the vendor.</source>
        <translation>%1 внутри %2 защищён паролем, а пакет поставщика — нет. Загрузите Microsoft Office 365 Application Package у поставщика ещё раз.</translation>
    </message>
    <message>
        <source>%1 inside %2 is not a ZIP archive (%3 bytes without the ZIP signature), so step 2c cannot unpack it. The package is not the vendor&apos;s original: download it again.</source>
        <translation>%1 внутри %2 — не ZIP-архив (%3 байт без сигнатуры ZIP), поэтому на шаге 2c его не распаковать. Это не оригинальный пакет поставщика: загрузите его ещё раз.</translation>
    </message>
    <message>
        <source>%1 inside %2 is cut short (the end of its ZIP table of contents is missing), so step 2c cannot unpack it. Download the package again.</source>
        <translation>%1 внутри %2 обрезан (отсутствует конец оглавления ZIP), поэтому на шаге 2c его не распаковать. Загрузите пакет ещё раз.</translation>
    </message>
    <message>
        <source>%1 inside %2 is a damaged ZIP archive (its table of contents is missing, ZIP error %3), so step 2c cannot unpack it. Download the package again.</source>
        <translation>%1 внутри %2 — повреждённый ZIP-архив (нет оглавления, ошибка ZIP %3), поэтому на шаге 2c его не распаковать. Загрузите пакет ещё раз.</translation>
    </message>
    <message>
        <source>%1 inside %2 lists more than %3 files, far more than the vendor&apos;s, so it was not inspected. Check that you chose the right package.</source>
        <translation>В %1 внутри %2 более %3 файлов — намного больше, чем у поставщика, поэтому архив не проверялся. Проверьте, что выбран нужный пакет.</translation>
    </message>
    <message>
        <source>%1 inside %2 has a damaged table of contents (ZIP error %3), so step 2c cannot unpack it. Download the package again.</source>
        <translation>У %1 внутри %2 повреждено оглавление (ошибка ZIP %3), поэтому на шаге 2c его не распаковать. Загрузите пакет ещё раз.</translation>
    </message>
    <message>
        <source>%1 inside %2 has %3 only deep inside a folder (%4), not at its root or in a top-level folder where step 2e expects it. Check that you chose the right package.</source>
        <translation>В %1 внутри %2 файл %3 находится только глубоко во вложенной папке (%4), а не в корне или в папке верхнего уровня, где его ожидает шаг 2e. Проверьте, что выбран нужный пакет.</translation>
    </message>
    <message>
        <source>%1 inside %2 has no %3, which step 2e runs. The package is incomplete or not the right one: download the Microsoft Office 365 Application Package again.</source>
        <translation>В %1 внутри %2 нет %3, который запускается на шаге 2e. Пакет неполный или не тот: загрузите Microsoft Office 365 Application Package ещё раз.</translation>
    </message>
    <message>
        <source>%1 inside %2 contains more than one %3; step 2e should run %4 (not %5).</source>
        <translation>%1 внутри %2 содержит более одного %3; на шаге 2e следует запускать %4 (а не %5).</translation>
    </message>
</context>
<context>
    <name>PrivateFile</name>
    <message>
        <source>Cannot make %1 readable by its owner only: %2</source>
        <translation>Не удаётся сделать %1 доступным для чтения только владельцу: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 readable by you only. Check that it is writable.</source>
        <translation>Не удаётся создать папку %1, доступную только вам. Проверьте, что в неё можно писать.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link (to %2); the wizard does not write through links. Remove the link or choose another name.</source>
        <translation>%1 — символическая ссылка (на %2); мастер не записывает через ссылки. Удалите ссылку или выберите другое имя.</translation>
    </message>
    <message>
        <source>%1 exists and is not a regular file. Choose another name.</source>
        <translation>%1 существует и не является обычным файлом. Выберите другое имя.</translation>
    </message>
    <message>
        <source>%1 belongs to another user (%2); the wizard writes only over its user&apos;s own files. Choose another name.</source>
        <translation>%1 принадлежит другому пользователю (%2); мастер перезаписывает только файлы своего пользователя. Выберите другое имя.</translation>
    </message>
    <message>
        <source>only %1 of %2 bytes were written</source>
        <translation>записано только %1 из %2 байт</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>Procedure</name>
    <message>
        <source>Output of the IIS command (optional)</source>
        <translation>Вывод команды IIS (необязательно)</translation>
    </message>
    <message>
        <source>Paste here everything the command printed</source>
        <translation>Вставьте сюда всё, что вывела команда</translation>
    </message>
    <message>
        <source>Output of pear list (when pasted)</source>
        <translation>Вывод pear list (если вставляется)</translation>
    </message>
    <message>
        <source>Paste here everything pear list printed</source>
        <translation>Вставьте сюда всё, что вывела pear list</translation>
    </message>
    <message>
        <source>-MOSIBaseURL (optional)</source>
        <translation>-MOSIBaseURL (необязательно)</translation>
    </message>
    <message>
        <source>-MOSIBillingID (optional)</source>
        <translation>-MOSIBillingID (необязательно)</translation>
    </message>
    <message>
        <source>-MOSIClientCertSubject (optional)</source>
        <translation>-MOSIClientCertSubject (необязательно)</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Dependencies and Pre-Requisites</source>
        <translation>Зависимости и предварительные требования</translation>
    </message>
    <message>
        <source>The Microsoft Office 365 Application Package requires POA 5.4.4 or later.</source>
        <translation>Для Microsoft Office 365 Application Package требуется POA 5.4.4 или новее.</translation>
    </message>
    <message>
        <source>Office 365 Subscription Downgrade is Automated; New Offers are Supported</source>
        <translation>Понижение тарифа подписок Office 365 автоматизировано; поддерживаются новые предложения</translation>
    </message>
    <message>
        <source>The Microsoft Office 365 Application Package can be downloaded here.</source>
        <translation>Microsoft Office 365 Application Package можно загрузить здесь.</translation>
    </message>
    <message>
        <source>To install the Microsoft Office 365 Application, use the instructions provided in the PA Office 365 Integration Provider&apos;s Guide.</source>
        <translation>Чтобы установить Microsoft Office 365 Application, следуйте инструкциям из руководства PA Office 365 Integration Provider&apos;s Guide.</translation>
    </message>
    <message>
        <source>Full release notes can be downloaded as PDF or viewed online.</source>
        <translation>Полные заметки о выпуске можно загрузить в формате PDF или просмотреть онлайн.</translation>
    </message>
    <message>
        <source>Office 365 Gateway</source>
        <translation>Office 365 Gateway</translation>
    </message>
    <message>
        <source>Upgrading Office 365 Gateway Application</source>
        <translation>Обновление Office 365 Gateway Application</translation>
    </message>
    <message>
        <source>Identify the required Office 365 Gateway Application:</source>
        <translation>Определите нужное приложение Office 365 Gateway Application:</translation>
    </message>
    <message>
        <source>A single PA installation may use several Office 365 Gateway Applications on an Office 365 Gateway Host. So, you must identify and upgrade each Office 365 Gateway Application separately.</source>
        <translation>Одна установка PA может использовать несколько приложений Office 365 Gateway Application на Office 365 Gateway Host. Поэтому каждое приложение Office 365 Gateway Application нужно определить и обновить отдельно.</translation>
    </message>
    <message>
        <source>Log in to PA Provider Control Panel, go to Services &gt; Applications.</source>
        <translation>Войдите в PA Provider Control Panel и перейдите в Services &gt; Applications.</translation>
    </message>
    <message>
        <source>Click on the name of the required Office 365 Application, and then select the Resource Types tab.</source>
        <translation>Щёлкните имя нужного приложения Office 365 Application, затем откройте вкладку Resource Types.</translation>
    </message>
    <message>
        <source>Click on the name of the required &apos;Office 365 Application&apos; Resource Type.</source>
        <translation>Щёлкните имя нужного типа ресурса (Resource Type) &apos;Office 365 Application&apos;.</translation>
    </message>
    <message>
        <source>Select the Activation Parameters tab, and then select the Global settings subtab.</source>
        <translation>Откройте вкладку Activation Parameters, затем вложенную вкладку Global settings.</translation>
    </message>
    <message>
        <source>See the value of the URL for MOSI Connector global setting. It is structured in the following way: https://&lt;Office365GatewayHostName&gt;/&lt;Office365GatewayApplicationName&gt;/HTTPEndpoint.aspx.</source>
        <translation>Посмотрите значение глобального параметра URL for MOSI Connector. Он имеет следующий вид: https://&lt;Office365GatewayHostName&gt;/&lt;Office365GatewayApplicationName&gt;/HTTPEndpoint.aspx.</translation>
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
        <translation>Запишите значения параметров Office365GatewayHostName и Office365GatewayApplicationName.</translation>
    </message>
    <message>
        <source>Obtain the IP address to which the Office365GatewayHostName is resolved via DNS.</source>
        <translation>Определите IP-адрес, в который Office365GatewayHostName разрешается через DNS.</translation>
    </message>
    <message>
        <source>IP address of the Office 365 Gateway host</source>
        <translation>IP-адрес Office 365 Gateway Host</translation>
    </message>
    <message>
        <source>203.0.113.10</source>
        <translation>203.0.113.10</translation>
    </message>
    <message>
        <source>Log on to the required Office 365 Gateway Host as Administrator via RDP.</source>
        <translation>Войдите на нужный Office 365 Gateway Host по RDP как Administrator.</translation>
    </message>
    <message>
        <source>Open the Internet Information Services (IIS) Manager.</source>
        <translation>Откройте диспетчер служб IIS (Internet Information Services (IIS) Manager).</translation>
    </message>
    <message>
        <source>Select the site, which has the IP address obtained at step 1. Write down the name and IP address of the site.</source>
        <translation>Выберите сайт с IP-адресом, полученным на шаге 1. Запишите имя и IP-адрес сайта.</translation>
    </message>
    <message>
        <source>Site name</source>
        <translation>Имя сайта</translation>
    </message>
    <message>
        <source>Site IP address</source>
        <translation>IP-адрес сайта</translation>
    </message>
    <message>
        <source>Select the application, which has the name obtained at step 1.</source>
        <translation>Выберите приложение с именем, полученным на шаге 1.</translation>
    </message>
    <message>
        <source>Validate that the selected application is the required Office 365 Gateway Application:</source>
        <translation>Убедитесь, что выбранное приложение — нужное Office 365 Gateway Application:</translation>
    </message>
    <message>
        <source>Right-click the application item and click the Explore menu item in the context menu.</source>
        <translation>Щёлкните приложение правой кнопкой мыши и выберите в контекстном меню пункт «Проводник» (Explore).</translation>
    </message>
    <message>
        <source>Verify that the SubscriptionEvents.svc file is listed among others in the displayed application root directory.</source>
        <translation>Убедитесь, что файл SubscriptionEvents.svc присутствует в открывшемся корневом каталоге приложения.</translation>
    </message>
    <message>
        <source>If there is no the SubscriptionEvents.svc file, contact Parallels support.</source>
        <translation>Если файла SubscriptionEvents.svc нет, обратитесь в службу поддержки Parallels.</translation>
    </message>
    <message>
        <source>Upgrade the required Office 365 Gateway Application:</source>
        <translation>Обновите нужное приложение Office 365 Gateway Application:</translation>
    </message>
    <message>
        <source>Put the Microsoft Office 365 Application Package on the Office 365 Gateway Host.</source>
        <translation>Поместите Microsoft Office 365 Application Package на Office 365 Gateway Host.</translation>
    </message>
    <message>
        <source>Extract the O365-Web.zip file from the Microsoft Office 365 Application Package.</source>
        <translation>Извлеките файл O365-Web.zip из Microsoft Office 365 Application Package.</translation>
    </message>
    <message>
        <source>Unpack the O365-Web.zip file.</source>
        <translation>Распакуйте файл O365-Web.zip.</translation>
    </message>
    <message>
        <source>Start the Windows PowerShell Console and go to the directory where the content of the O365-Web.zip file is placed.</source>
        <translation>Запустите консоль Windows PowerShell и перейдите в каталог, где находится содержимое файла O365-Web.zip.</translation>
    </message>
    <message>
        <source>Execute the setup.ps1 -SiteName &lt;Office 365 Gateway site name&gt; –IPAddress &lt;IP address of the Office 365 Gateway site&gt; -GatewayAppName &lt;Office 365 Gateway Application name&gt; command.</source>
        <translation>Выполните команду setup.ps1 -SiteName &lt;имя сайта Office 365 Gateway&gt; –IPAddress &lt;IP-адрес сайта Office 365 Gateway&gt; -GatewayAppName &lt;имя Office 365 Gateway Application&gt;.</translation>
    </message>
    <message>
        <source>You may use the -MOSIBaseURL, -MOSIBillingID, -MOSIClientCertSubject options to override the appropriate MOSI settings of the installed Office 365 Gateway and Office 365 Callbacks-Dispatcher Applications.</source>
        <translation>С помощью параметров -MOSIBaseURL, -MOSIBillingID и -MOSIClientCertSubject можно переопределить соответствующие настройки MOSI установленных приложений Office 365 Gateway и Office 365 Callbacks-Dispatcher.</translation>
    </message>
    <message>
        <source>Office 365 Callbacks-Dispatcher</source>
        <translation>Office 365 Callbacks-Dispatcher</translation>
    </message>
    <message>
        <source>Upgrading Office 365 Callbacks-Dispatcher Application</source>
        <translation>Обновление Office 365 Callbacks-Dispatcher Application</translation>
    </message>
    <message>
        <source>If your PA installation uses the Single Office 365 Gateway Application topology, skip the steps provided below. To learn more about the supported topologies, refer to PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Deploying Office 365 Application &gt; Preparing Provisioning Gateway Host and Office 365 Gateway Host &gt; Office 365 Gateway Host.</source>
        <translation>Если в вашей установке PA используется топология Single Office 365 Gateway Application, пропустите приведённые ниже шаги. Подробнее о поддерживаемых топологиях см. PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Deploying Office 365 Application &gt; Preparing Provisioning Gateway Host and Office 365 Gateway Host &gt; Office 365 Gateway Host.</translation>
    </message>
    <message>
        <source>Identify the required Office 365 Callbacks-Dispatcher Application:</source>
        <translation>Определите нужное приложение Office 365 Callbacks-Dispatcher Application:</translation>
    </message>
    <message>
        <source>Obtain the URL specified in your syndication agreement with Microsoft. The URL is structured in the following way: https://&lt;Office365GatewayHostName&gt;/&lt;Office365Callbacks-DispatcherApplicationName&gt;/.</source>
        <translation>Узнайте URL, указанный в вашем соглашении о синдикации с Microsoft. URL имеет следующий вид: https://&lt;Office365GatewayHostName&gt;/&lt;Office365Callbacks-DispatcherApplicationName&gt;/.</translation>
    </message>
    <message>
        <source>URL from the syndication agreement</source>
        <translation>URL из соглашения о синдикации</translation>
    </message>
    <message>
        <source>https://gateway.example.com/O365Dispatcher/</source>
        <translation>https://gateway.example.com/O365Dispatcher/</translation>
    </message>
    <message>
        <source>Write down the values of the Office365GatewayHostName and Office365Callbacks-DispatcherApplicationName parameters.</source>
        <translation>Запишите значения параметров Office365GatewayHostName и Office365Callbacks-DispatcherApplicationName.</translation>
    </message>
    <message>
        <source>Log in to the required Office 365 Gateway as Administrator via RDP.</source>
        <translation>Войдите на нужный Office 365 Gateway по RDP как Administrator.</translation>
    </message>
    <message>
        <source>Validate that the selected application is the required Office 365 Callbacks-Dispatcher Application:</source>
        <translation>Убедитесь, что выбранное приложение — нужное Office 365 Callbacks-Dispatcher Application:</translation>
    </message>
    <message>
        <source>Verify that the Callbacks.svc file is listed among others in the displayed application root directory.</source>
        <translation>Убедитесь, что файл Callbacks.svc присутствует в открывшемся корневом каталоге приложения.</translation>
    </message>
    <message>
        <source>If there is no the Callbacks.svc file, contact Parallels support.</source>
        <translation>Если файла Callbacks.svc нет, обратитесь в службу поддержки Parallels.</translation>
    </message>
    <message>
        <source>Upgrade the required Office 365 Callbacks-Dispatcher Application:</source>
        <translation>Обновите нужное приложение Office 365 Callbacks-Dispatcher Application:</translation>
    </message>
    <message>
        <source>Execute the setup.ps1 -SiteName &lt;Office 365 Gateway site name&gt; –IPAddress &lt;IP address of the Office 365 Gateway site&gt; -DispatcherAppName &lt;Office 365 Callbacks-Dispatcher Application name&gt; command.</source>
        <translation>Выполните команду setup.ps1 -SiteName &lt;имя сайта Office 365 Gateway&gt; –IPAddress &lt;IP-адрес сайта Office 365 Gateway&gt; -DispatcherAppName &lt;имя Office 365 Callbacks-Dispatcher Application&gt;.</translation>
    </message>
    <message>
        <source>Check your syndication agreement with Microsoft. If you provided to Microsoft the URL where a file name was specified (https://office365.provider.com/Office365/SubscriptionEvents.svc), you must perform the following actions:</source>
        <translation>Проверьте своё соглашение о синдикации с Microsoft. Если вы передали Microsoft URL с именем файла (https://office365.provider.com/Office365/SubscriptionEvents.svc), выполните следующие действия:</translation>
    </message>
    <message>
        <source>In the Internet Information Services (IIS) Manager, select the Office 365 Callbacks-Dispatcher Application.</source>
        <translation>В диспетчере служб IIS выберите приложение Office 365 Callbacks-Dispatcher Application.</translation>
    </message>
    <message>
        <source>Create a copy of the Callbacks.svc file. Rename the copy to SubscriptionEvents.svc.</source>
        <translation>Создайте копию файла Callbacks.svc. Переименуйте копию в SubscriptionEvents.svc.</translation>
    </message>
    <message>
        <source>Provisioning Gateway Host</source>
        <translation>Provisioning Gateway Host</translation>
    </message>
    <message>
        <source>Updating Provisioning Gateway Host</source>
        <translation>Обновление Provisioning Gateway Host</translation>
    </message>
    <message>
        <source>Starting with PA Office 365 Integration 4.0, provisioning scripts of the Microsoft Office 365 Application use the HTTP_Request2 PEAR Package. Make sure this PEAR Package is installed on the Provisioning Gateway Host following these steps:</source>
        <translation>Начиная с PA Office 365 Integration 4.0 сценарии предоставления Microsoft Office 365 Application используют PEAR-пакет HTTP_Request2. Убедитесь, что этот PEAR-пакет установлен на Provisioning Gateway Host, выполнив следующие шаги:</translation>
    </message>
    <message>
        <source>Log on to the Provisioning Gateway Host.</source>
        <translation>Войдите на Provisioning Gateway Host.</translation>
    </message>
    <message>
        <source>Validate that the HTTP_Request2 PEAR Package is in the list of installed PEAR Packages using the pear list command. Otherwise, execute the pear install HTTP_Request2 command.</source>
        <translation>С помощью команды pear list убедитесь, что PEAR-пакет HTTP_Request2 есть в списке установленных PEAR-пакетов. В противном случае выполните команду pear install HTTP_Request2.</translation>
    </message>
    <message>
        <source>If you have Application instances with versions lower than 4.0, make sure the HTTP_Request PEAR Package is in the list of installed PEAR Packages.</source>
        <translation>Если есть экземпляры приложения с версией ниже 4.0, убедитесь, что PEAR-пакет HTTP_Request есть в списке установленных PEAR-пакетов.</translation>
    </message>
    <message>
        <source>To install the HTTP_Request2 PEAR Package, the latest PEAR is required. To obtain the latest PEAR, download and execute the http://pear.php.net/go-pear.phar script. For example, execute the wget http://pear.php.net/go-pear.phar and php go-pear.phar commands. This script installs the latest PEAR or it upgrades the installed PEAR to the latest version.</source>
        <translation>Для установки PEAR-пакета HTTP_Request2 требуется последняя версия PEAR. Чтобы получить её, загрузите и выполните сценарий http://pear.php.net/go-pear.phar, например командами wget http://pear.php.net/go-pear.phar и php go-pear.phar. Этот сценарий устанавливает последнюю версию PEAR или обновляет установленный PEAR до последней версии.</translation>
    </message>
    <message>
        <source>PA Application</source>
        <translation>Приложение PA</translation>
    </message>
    <message>
        <source>Upgrading Microsoft Office 365 Application</source>
        <translation>Обновление Microsoft Office 365 Application</translation>
    </message>
    <message>
        <source>Import the Microsoft Office 365 Application Package to PA. See POA Provider&apos;s Guide &gt;&gt; Application Hosting &gt; Managing Applications &gt; Importing Application for details.</source>
        <translation>Импортируйте Microsoft Office 365 Application Package в PA. Подробности см. в POA Provider&apos;s Guide &gt;&gt; Application Hosting &gt; Managing Applications &gt; Importing Application.</translation>
    </message>
    <message>
        <source>Make sure in the &apos;Office 365 Application&apos; Resource Types the Autoprovisioning parameter is set to Yes for the Application service &quot;Administration&quot;.</source>
        <translation>Убедитесь, что в типах ресурсов &apos;Office 365 Application&apos; параметр Autoprovisioning для службы приложения (Application service) «Administration» установлен в Yes.</translation>
    </message>
    <message>
        <source>Upgrade existing Microsoft Office 365 Application instances. See POA Provider&apos;s Guide &gt;&gt; Application Hosting &gt; Bulk Application Upgrades for details.</source>
        <translation>Обновите существующие экземпляры Microsoft Office 365 Application. Подробности см. в POA Provider&apos;s Guide &gt;&gt; Application Hosting &gt; Bulk Application Upgrades.</translation>
    </message>
    <message>
        <source>If the script synchronizing changes applied in the Microsoft Online Services Portal to PA is used on your installation, the Empty Service Set Application Service Resource Type must be created. The Included Offers Activation Parameter must be set to 00000000-0000-0000-0000-000000000000. The Trial Offer ID Activation Parameter must be set to 00000000-0000-0000-0000-000000000000. See the PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Configuring Offers &gt; Creating Application Service Resource Type to obtain the instruction how to create Application Service Resource Types. The Empty Service Set Application Service Resource Type must be included into existing Office 365 Service Templates and existing Office 365 subscriptions must be updated accordingly.</source>
        <translation>Если в вашей установке используется сценарий, синхронизирующий изменения из Microsoft Online Services Portal в PA, необходимо создать тип ресурса службы приложения (Application Service Resource Type) «Empty Service Set». Параметр активации Included Offers должен иметь значение 00000000-0000-0000-0000-000000000000. Параметр активации Trial Offer ID должен иметь значение 00000000-0000-0000-0000-000000000000. Порядок создания типов ресурсов служб приложения описан в PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Configuring Offers &gt; Creating Application Service Resource Type. Тип ресурса «Empty Service Set» необходимо включить в существующие шаблоны служб (Service Templates) Office 365, а существующие подписки Office 365 — соответствующим образом обновить.</translation>
    </message>
    <message>
        <source>Perform the instructions of the https://kb.odin.com/117505 KB article.</source>
        <translation>Выполните инструкции статьи KB https://kb.odin.com/117505.</translation>
    </message>
    <message>
        <source>New Features</source>
        <translation>Новые функции</translation>
    </message>
    <message>
        <source>Deploying New Features</source>
        <translation>Развёртывание новых функций</translation>
    </message>
    <message>
        <source>The following table provides the list of features, that are not deployed automatically during the upgrade. These features must be deployed and configured manually after upgrading the Microsoft Office 365 Application. If you would like to get Professional Services assistance in deploying and configuring these features, please contact your Account Manager at Parallels.</source>
        <translation>В следующей таблице перечислены функции, которые не развёртываются автоматически при обновлении. Эти функции необходимо развернуть и настроить вручную после обновления Microsoft Office 365 Application. Если вам нужна помощь Professional Services в развёртывании и настройке этих функций, обратитесь к своему менеджеру по работе с клиентами в Parallels.</translation>
    </message>
    <message>
        <source>Sign-off</source>
        <translation>Утверждение</translation>
    </message>
    <message>
        <source>Ability to Specify Custom Office 365 Subdomain Is Added</source>
        <translation>Добавлена возможность указать собственный поддомен Office 365</translation>
    </message>
    <message>
        <source>See PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Finalizing Office 365 Application Deployment &gt; Configuring PBA for Custom Office 365 Subdomains.</source>
        <translation>См. PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Finalizing Office 365 Application Deployment &gt; Configuring PBA for Custom Office 365 Subdomains.</translation>
    </message>
    <message>
        <source>Synchronization with Microsoft Online Services Portal Is Supported</source>
        <translation>Поддерживается синхронизация с Microsoft Online Services Portal</translation>
    </message>
    <message>
        <source>Install and configure the synchronization script. See PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Finalizing Office 365 Application Deployment &gt; Synchronizing Changes Applied in Microsoft Online Services Portal to PA for details.</source>
        <translation>Установите и настройте сценарий синхронизации. Подробности см. в PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Finalizing Office 365 Application Deployment &gt; Synchronizing Changes Applied in Microsoft Online Services Portal to PA.</translation>
    </message>
    <message>
        <source>Office 365 Wave 15 Offers Are Supported</source>
        <translation>Поддерживаются предложения Office 365 Wave 15</translation>
    </message>
    <message>
        <source>Create Application Service Resource Types for new Office 365 offers. See PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Configuring Offers for details.</source>
        <translation>Создайте типы ресурсов служб приложения (Application Service Resource Types) для новых предложений Office 365. Подробности см. в PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Configuring Offers.</translation>
    </message>
    <message>
        <source>Improved Handling of Subscriptions</source>
        <translation>Улучшена обработка подписок</translation>
    </message>
    <message>
        <source>It is recommended to specify the Administrator&apos;s login for connecting to Microsoft Online and Administrator&apos;s password for connecting to Microsoft Online activation parameters in Application Resource Types. See PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Configuring Offers &gt; Creating Office 365 Application Resource Type for details.</source>
        <translation>Рекомендуется указать в типах ресурсов приложения (Application Resource Types) параметры активации Administrator&apos;s login for connecting to Microsoft Online и Administrator&apos;s password for connecting to Microsoft Online. Подробности см. в PA Office 365 Integration Provider&apos;s Guide &gt;&gt; Configuring Offers &gt; Creating Office 365 Application Resource Type.</translation>
    </message>
    <message>
        <source>Office 365 Gateway error message should be more informative in case when subscriptions have not been provisioned yet.</source>
        <translation>Сообщение об ошибке Office 365 Gateway стало информативнее, если подписки ещё не предоставлены.</translation>
    </message>
    <message>
        <source>Incorrect MX records are created for Exchange Online.</source>
        <translation>Для Exchange Online создаются неправильные MX-записи.</translation>
    </message>
    <message>
        <source>MOSI sends 60k VerifyDomain requests to MS.</source>
        <translation>MOSI отправляет в MS 60 тыс. запросов VerifyDomain.</translation>
    </message>
    <message>
        <source>Integrate customizations into 4.x branch.</source>
        <translation>Интеграция доработок в ветку 4.x.</translation>
    </message>
    <message>
        <source>Sometimes method get_mop_account does not report errors properly and synchronization script unprovides all Office 365 services from users.</source>
        <translation>Метод get_mop_account иногда неправильно сообщает об ошибках, и сценарий синхронизации отзывает у пользователей все службы Office 365.</translation>
    </message>
    <message>
        <source>Log file is not created when synchronization script is executed.</source>
        <translation>При выполнении сценария синхронизации не создаётся файл журнала.</translation>
    </message>
    <message>
        <source>pem.activateSubscription works for several minutes because of database lock while providing several Office 365 services.</source>
        <translation>pem.activateSubscription выполняется несколько минут из-за блокировки базы данных при предоставлении нескольких служб Office 365.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>There is no stage &quot;%1&quot;. Stages: start, gateway, dispatcher, provisioning, paapp, features, signoff.</source>
        <translation>Этапа «%1» нет. Этапы: start, gateway, dispatcher, provisioning, paapp, features, signoff.</translation>
    </message>
    <message>
        <source>Gateway application %1</source>
        <translation>Приложение шлюза %1</translation>
    </message>
    <message>
        <source>Gateway application %1: %2</source>
        <translation>Приложение шлюза %1: %2</translation>
    </message>
</context>
<context>
    <name>ReportCli</name>
    <message>
        <source>Export the report of the session file SESSION.</source>
        <translation>Экспортировать отчёт по файлу сеанса SESSION.</translation>
    </message>
    <message>
        <source>Report formats: json, html, pdf (repeat or separate with commas; default all). The JSON is always written.</source>
        <translation>Форматы отчёта: json, html, pdf (повторите параметр или перечислите через запятую; по умолчанию все). JSON записывается всегда.</translation>
    </message>
    <message>
        <source>Where the report goes: a folder (named files inside) or a file base name. Default: the current folder.</source>
        <translation>Куда записать отчёт: папка (файлы с именами внутри неё) или базовое имя файла. По умолчанию — текущая папка.</translation>
    </message>
    <message>
        <source>Export one stage only: start, gateway, dispatcher, provisioning, paapp, features or signoff.</source>
        <translation>Экспортировать только один этап: start, gateway, dispatcher, provisioning, paapp, features или signoff.</translation>
    </message>
    <message>
        <source>Sign the report with the engineer&apos;s key from the keychain (created on first use).</source>
        <translation>Подписать отчёт ключом инженера из связки ключей (создаётся при первом использовании).</translation>
    </message>
    <message>
        <source>Countersign a signed report as its reviewer (two-person sign-off): writes REPORT.json.review.sig and REPORT.review.pub.pem with the reviewer&apos;s key from the keychain. Needs --reviewer.</source>
        <translation>Заверить подписанный отчёт контрподписью проверяющего (принцип двух лиц): записывает REPORT.json.review.sig и REPORT.review.pub.pem с ключом проверяющего из связки ключей. Требует --reviewer.</translation>
    </message>
    <message>
        <source>With --countersign: the reviewing engineer&apos;s name (whose key is used).</source>
        <translation>С --countersign: имя проверяющего инженера (используется его ключ).</translation>
    </message>
    <message>
        <source>Give the reviewer&apos;s name with --reviewer NAME.
</source>
        <translation>Укажите имя проверяющего: --reviewer ИМЯ.
</translation>
    </message>
    <message>
        <source>Countersigned by %1, key fingerprint %2
</source>
        <translation>Контрподпись: %1, отпечаток ключа %2
</translation>
    </message>
    <message>
        <source>Nothing to do: give --export SESSION or --verify REPORT.json.
</source>
        <translation>Нечего делать: укажите --export SESSION или --verify REPORT.json.
</translation>
    </message>
    <message>
        <source>Verify a signed report (REPORT.json with its .sig and .pub.pem beside it) against your trusted keys. Exit 0 valid and signed by trusted keys, 1 invalid, 2 unreadable, 3 the signatures hold but a key is not trusted.</source>
        <translation>Проверить подписанный отчёт (REPORT.json с лежащими рядом .sig и .pub.pem) по вашим доверенным ключам. Код выхода 0 — действителен и подписан доверенными ключами, 1 — недействителен, 2 — не читается, 3 — подписи верны, но ключ не доверенный.</translation>
    </message>
    <message>
        <source>Print the trusted-keys line (public key and name) of NAME&apos;s report signing key from the keychain, created on first use, for the team&apos;s trusted-keys file.</source>
        <translation>Вывести строку (открытый ключ и имя) ключа подписи отчётов NAME из связки ключей (создаётся при первом использовании) для файла доверенных ключей команды.</translation>
    </message>
    <message>
        <source>With --verify, --countersign or --review: the trusted-keys FILE (lines of &quot;KEY NAME&quot;); default %1.</source>
        <translation>С --verify, --countersign или --review: файл доверенных ключей FILE (строки «КЛЮЧ ИМЯ»); по умолчанию %1.</translation>
    </message>
    <message>
        <source>Give the engineer&apos;s name: --public-key NAME.
</source>
        <translation>Укажите имя инженера: --public-key NAME.
</translation>
    </message>
    <message>
        <source>A new signing key was created and stored in the keychain.
</source>
        <translation>Создан новый ключ подписи, он сохранён в связке ключей.
</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256): %1
Add the line above to the team&apos;s trusted-keys file (yours: %2).
</source>
        <translation>Отпечаток ключа (SHA-256): %1
Добавьте строку выше в файл доверенных ключей команды (ваш: %2).
</translation>
    </message>
    <message>
        <source>With --export --out NAME: replace a report of that name; its old signature and review files are removed first. Without it, an existing report is never overwritten.</source>
        <translation>С --export --out NAME: заменить отчёт с этим именем; его старые файлы подписи и проверки сначала удаляются. Без этого существующий отчёт никогда не перезаписывается.</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>Unknown report format &quot;%1&quot;; use json, html or pdf.</source>
        <translation>Неизвестный формат отчёта «%1»; используйте json, html или pdf.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The report could not be signed (OpenSSL refused the key).</source>
        <translation>Не удалось подписать отчёт (OpenSSL отклонил ключ).</translation>
    </message>
    <message>
        <source>The countersignature could not be made (no private key).</source>
        <translation>Не удалось создать контрподпись (нет закрытого ключа).</translation>
    </message>
    <message>
        <source>A report named %1 exists already (%2). Choose another name, or replace it with --force (its old signature and review files are removed).</source>
        <translation>Отчёт с именем %1 уже существует (%2). Выберите другое имя или замените его с --force (его старые файлы подписи и проверки будут удалены).</translation>
    </message>
    <message>
        <source>Cannot remove the old %1 to replace the report. Check that it is writable.</source>
        <translation>Не удаётся удалить старый файл %1, чтобы заменить отчёт. Проверьте, что он доступен для записи.</translation>
    </message>
</context>
<context>
    <name>ReportHtml</name>
    <message>
        <source>Evidence:</source>
        <translation>Доказательства:</translation>
    </message>
    <message>
        <source>Run at %1, %2 ms</source>
        <translation>Выполнено %1, %2 мс</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(неизвестно)</translation>
    </message>
    <message>
        <source>Confirmed by %1</source>
        <translation>Подтверждено: %1</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>Overridden:</source>
        <translation>Переопределено:</translation>
    </message>
    <message>
        <source>Command:</source>
        <translation>Команда:</translation>
    </message>
    <message>
        <source>Command not built: %1</source>
        <translation>Команда не сформирована: %1</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Информация</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Переопределено</translation>
    </message>
    <message>
        <source>Not applicable</source>
        <translation>Неприменимо</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Не запускалось</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Предупреждение</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Пропущено</translation>
    </message>
    <message>
        <source>Office 365 Application upgrade report — %1 — %2</source>
        <translation>Отчёт об обновлении Office 365 Application — %1 — %2</translation>
    </message>
    <message>
        <source>TRAINING — practice session, not a real upgrade</source>
        <translation>ОБУЧЕНИЕ — учебный сеанс, а не реальное обновление</translation>
    </message>
    <message>
        <source>Office 365 Application upgrade report</source>
        <translation>Отчёт об обновлении Office 365 Application</translation>
    </message>
    <message>
        <source>KB %1 — the whole session</source>
        <translation>KB %1 — весь сеанс</translation>
    </message>
    <message>
        <source>KB %1 — stage report: %2</source>
        <translation>KB %1 — отчёт по этапу: %2</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>PA version</source>
        <translation>Версия PA</translation>
    </message>
    <message>
        <source>Application version</source>
        <translation>Версия приложения</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Package</source>
        <translation>Пакет</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Package SHA-256</source>
        <translation>SHA-256 пакета</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Топология</translation>
    </message>
    <message>
        <source>Single Office 365 Gateway Application</source>
        <translation>Single Office 365 Gateway Application</translation>
    </message>
    <message>
        <source>Separate Office 365 Gateway and Callbacks-Dispatcher</source>
        <translation>Раздельные Office 365 Gateway и Callbacks-Dispatcher</translation>
    </message>
    <message>
        <source>Tool version</source>
        <translation>Версия программы</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Сеанс</translation>
    </message>
    <message>
        <source>%1 — started %2, last change %3</source>
        <translation>%1 — начат %2, последнее изменение %3</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <source>yes (TRAINING)</source>
        <translation>да (ОБУЧЕНИЕ)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>SHA-256 of the report&apos;s JSON:</source>
        <translation>SHA-256 JSON-файла отчёта:</translation>
    </message>
    <message>
        <source>Signed (Ed25519) by %1, key fingerprint:</source>
        <translation>Подписано (Ed25519): %1, отпечаток ключа:</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Не подписано.</translation>
    </message>
    <message>
        <source>KB section: %1</source>
        <translation>Раздел KB: %1</translation>
    </message>
    <message>
        <source>Stage skipped:</source>
        <translation>Этап пропущен:</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <source>KB step</source>
        <translation>Шаг KB</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <source>No new features between %1 and %2.</source>
        <translation>Новых функций между %1 и %2 нет.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Версия</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Функция</translation>
    </message>
    <message>
        <source>Instruction</source>
        <translation>Инструкция</translation>
    </message>
    <message>
        <source>Deployed or deferred</source>
        <translation>Развёрнуто или отложено</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Развёрнуто</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Отложено</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Не записано</translation>
    </message>
    <message>
        <source>Signed off by %1.</source>
        <translation>Утверждено: %1.</translation>
    </message>
    <message>
        <source>Not signed off yet.</source>
        <translation>Ещё не утверждено.</translation>
    </message>
    <message>
        <source>Accepted certificate exceptions</source>
        <translation>Принятые исключения для сертификатов</translation>
    </message>
    <message>
        <source>None.</source>
        <translation>Нет.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Узел</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Сертификат</translation>
    </message>
    <message>
        <source>Why not trusted</source>
        <translation>Почему не доверенный</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Принято</translation>
    </message>
    <message>
        <source>Generated by %1 %2. Verify: openssl pkeyutl -verify -pubin -inkey NAME.pub.pem -rawin -in NAME.json -sigfile NAME.json.sig</source>
        <translation>Создано программой %1 %2. Проверка: openssl pkeyutl -verify -pubin -inkey NAME.pub.pem -rawin -in NAME.json -sigfile NAME.json.sig</translation>
    </message>
    <message>
        <source>Session log</source>
        <translation>Журнал сеанса</translation>
    </message>
    <message>
        <source>%1 — SHA-256 %2</source>
        <translation>%1 — SHA-256 %2</translation>
    </message>
    <message>
        <source>PA API over plain http</source>
        <translation>PA API по незашифрованному http</translation>
    </message>
    <message>
        <source>The PA API password and answers crossed the network unencrypted to these hosts, with the engineer&apos;s agreement.</source>
        <translation>Пароль PA API и ответы передавались по сети к этим узлам без шифрования, с согласия инженера.</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <source>DRAFT — not signed off: the engineer has not confirmed the sign-off of this upgrade</source>
        <translation>ЧЕРНОВИК — не подписан: инженер не подтвердил приёмку этого обновления</translation>
    </message>
</context>
<context>
    <name>ReportJson</name>
    <message>
        <source>This is not a report of the O365 Upgrade Wizard (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Это не отчёт O365 Upgrade Wizard (нет &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The report&apos;s schema %1 is not one this version (%2) can read.</source>
        <translation>Схему отчёта %1 эта версия (%2) прочитать не может.</translation>
    </message>
    <message>
        <source>The report is not valid JSON (%1 at byte %2).</source>
        <translation>Отчёт — недопустимый JSON (%1 в байте %2).</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>A PDF needs a QGuiApplication (run with QT_QPA_PLATFORM=offscreen on a server).</source>
        <translation>Для PDF нужен QGuiApplication (на сервере запускайте с QT_QPA_PLATFORM=offscreen).</translation>
    </message>
    <message>
        <source>Office 365 Application upgrade report — %1 — %2</source>
        <translation>Отчёт об обновлении Office 365 Application — %1 — %2</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Не удалось начать создание PDF.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Office 365 Application upgrade report</source>
        <translation>Отчёт об обновлении Office 365 Application</translation>
    </message>
    <message>
        <source>Stage report: %1</source>
        <translation>Отчёт по этапу: %1</translation>
    </message>
    <message>
        <source>TRAINING</source>
        <translation>ОБУЧЕНИЕ</translation>
    </message>
    <message>
        <source>Signed, key %1</source>
        <translation>Подписано, ключ %1</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Не подписано</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Страница %1 из %2</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ЧЕРНОВИК</translation>
    </message>
    <message>
        <source>TRAINING · DRAFT</source>
        <translation>ОБУЧЕНИЕ · ЧЕРНОВИК</translation>
    </message>
</context>
<context>
    <name>ReportReview</name>
    <message>
        <source>INVALID: the report changed while it was being opened; open it again.</source>
        <translation>НЕДЕЙСТВИТЕЛЕН: отчёт изменился во время открытия; откройте его ещё раз.</translation>
    </message>
    <message>
        <source>No countersignature yet.</source>
        <translation>Контрподписи пока нет.</translation>
    </message>
    <message>
        <source>%1 DRAFT: the engineer did not confirm the sign-off.</source>
        <translation>%1 ЧЕРНОВИК: инженер не подтвердил приёмку.</translation>
    </message>
</context>
<context>
    <name>ReportSigner</name>
    <message>
        <source>The stored signing key is not an Ed25519 private key in PEM form. %1</source>
        <translation>Сохранённый ключ подписи — не закрытый ключ Ed25519 в формате PEM. %1</translation>
    </message>
    <message>
        <source>The public key is not an Ed25519 public key in PEM form. %1</source>
        <translation>Открытый ключ — не открытый ключ Ed25519 в формате PEM. %1</translation>
    </message>
</context>
<context>
    <name>ReportVerifier</name>
    <message>
        <source>The report is not signed or its signature files are missing: %1</source>
        <translation>Отчёт не подписан или отсутствуют файлы подписи: %1</translation>
    </message>
    <message>
        <source>INVALID: the signature does not match the report — it was changed after signing, or signed with another key.</source>
        <translation>НЕДЕЙСТВИТЕЛЕН: подпись не соответствует отчёту — он изменён после подписания или подписан другим ключом.</translation>
    </message>
    <message>
        <source>INVALID: the report&apos;s signature is valid, but the reviewer&apos;s countersignature is not.</source>
        <translation>НЕДЕЙСТВИТЕЛЕН: подпись отчёта действительна, а контрподпись проверяющего — нет.</translation>
    </message>
    <message>
        <source>The signature is valid, but the report cannot be read: %1</source>
        <translation>Подпись действительна, но отчёт не читается: %1</translation>
    </message>
    <message>
        <source>TRAINING: this report is from a training session, not a real upgrade.</source>
        <translation>ОБУЧЕНИЕ: этот отчёт получен в учебном сеансе, а не при реальном обновлении.</translation>
    </message>
    <message>
        <source>Customer: %1, case: %2</source>
        <translation>Клиент: %1, обращение: %2</translation>
    </message>
    <message>
        <source>valid</source>
        <translation>действителен</translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation>НЕДЕЙСТВИТЕЛЕН</translation>
    </message>
    <message>
        <source>(unreadable key)</source>
        <translation>(ключ не читается)</translation>
    </message>
    <message>
        <source>SHA-256 of the JSON: %1</source>
        <translation>SHA-256 JSON-файла: %1</translation>
    </message>
    <message>
        <source>INVALID: the countersignature was made with the signer&apos;s own key (%1); a two-person sign-off needs a second engineer&apos;s key.</source>
        <translation>НЕДЕЙСТВИТЕЛЕН: контрподпись сделана собственным ключом подписавшего (%1); для утверждения двумя лицами нужен ключ второго инженера.</translation>
    </message>
    <message>
        <source>the signer&apos;s key %1</source>
        <translation>ключ подписавшего %1</translation>
    </message>
    <message>
        <source>the reviewer&apos;s key %1</source>
        <translation>ключ проверяющего %1</translation>
    </message>
    <message>
        <source>NOT TRUSTED: the signatures match the keys shipped beside the report, but %1 is NOT in your trusted keys, so nothing says who signed: anyone can sign an edited report with a new key. Ask the engineer for their key&apos;s fingerprint and add it to %2 (or give --trust FILE).</source>
        <translation>НЕ ДОВЕРЕН: подписи соответствуют ключам рядом с отчётом, но %1 НЕТ среди ваших доверенных ключей, поэтому ничто не говорит, кто подписал: любой может подписать изменённый отчёт новым ключом. Запросите у инженера отпечаток его ключа и добавьте его в %2 (или укажите --trust FILE).</translation>
    </message>
    <message>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <source>VALID: signed by %1 and countersigned by %2, both in your trusted keys; not changed since.</source>
        <translation>ДЕЙСТВИТЕЛЕН: подписан %1 и контрподписан %2, оба ключа доверенные; с тех пор не изменялся.</translation>
    </message>
    <message>
        <source>VALID: signed by %1, in your trusted keys; not changed since.</source>
        <translation>ДЕЙСТВИТЕЛЕН: подписан %1, ключ доверенный; с тех пор не изменялся.</translation>
    </message>
    <message>
        <source>Signing key (SHA-256): %1 — %2, %3</source>
        <translation>Ключ подписи (SHA-256): %1 — %2, %3</translation>
    </message>
    <message>
        <source>NOT in your trusted keys</source>
        <translation>НЕ среди ваших доверенных ключей</translation>
    </message>
    <message>
        <source>trusted as %1</source>
        <translation>доверенный: %1</translation>
    </message>
    <message>
        <source>The report names its engineer %1, signed off at %2 (what the report says, not proven by the key).</source>
        <translation>Отчёт называет инженером %1, утверждён %2 (так написано в отчёте, ключом не подтверждено).</translation>
    </message>
    <message>
        <source>Note: the report names %1 as its engineer, but the key that signed it is %2&apos;s.</source>
        <translation>Примечание: отчёт называет инженером %1, но подписавший ключ принадлежит %2.</translation>
    </message>
    <message>
        <source>Reviewer countersignature, key (SHA-256): %1 — %2, %3</source>
        <translation>Контрподпись проверяющего, ключ (SHA-256): %1 — %2, %3</translation>
    </message>
    <message>
        <source>Trusted keys: %1 (%2 keys)</source>
        <translation>Доверенные ключи: %1 (ключей: %2)</translation>
    </message>
    <message>
        <source>Trusted keys: none (%1 does not exist or is empty)</source>
        <translation>Доверенные ключи: нет (%1 не существует или пуст)</translation>
    </message>
    <message>
        <source>SIGNED OFF: the engineer confirmed the sign-off (%1, %2).</source>
        <translation>ПОДПИСАН: инженер подтвердил приёмку (%1, %2).</translation>
    </message>
    <message>
        <source>DRAFT: the engineer did not confirm the sign-off; this is an unconfirmed draft, whatever its signature.</source>
        <translation>ЧЕРНОВИК: инженер не подтвердил приёмку; это неподтверждённый черновик, какой бы ни была его подпись.</translation>
    </message>
</context>
<context>
    <name>SecretStore</name>
    <message>
        <source>Nothing is stored in the keychain for this entry yet.</source>
        <translation>Для этой записи в связке ключей пока ничего не сохранено.</translation>
    </message>
    <message>
        <source>The keychain cannot be used (%1). Unlock the desktop keyring (or start one), or use the secret for this run only.</source>
        <translation>Связку ключей использовать нельзя (%1). Разблокируйте связку ключей рабочего стола (или запустите её) либо используйте секрет только в этом сеансе.</translation>
    </message>
    <message>
        <source>Nothing is stored for this entry in this run.</source>
        <translation>Для этой записи в этом запуске ничего не сохранено.</translation>
    </message>
</context>
<context>
    <name>SessionJson</name>
    <message>
        <source>This file is not an O365 Upgrade Wizard session (no &quot;format&quot;: &quot;%1&quot;).</source>
        <translation>Этот файл — не сеанс O365 Upgrade Wizard (нет &quot;format&quot;: &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>The session has no valid schema version.</source>
        <translation>У сеанса нет допустимой версии схемы.</translation>
    </message>
    <message>
        <source>The session was written by a newer version of the wizard (schema %1; this version reads up to %2). Open it with that version, or update this one.</source>
        <translation>Сеанс записан более новой версией мастера (схема %1; эта версия читает до %2). Откройте его в той версии или обновите эту.</translation>
    </message>
    <message>
        <source>The session has no id.</source>
        <translation>У сеанса нет идентификатора.</translation>
    </message>
    <message>
        <source>A gateway application in the session has no id.</source>
        <translation>У одного из приложений шлюза в сеансе нет идентификатора.</translation>
    </message>
    <message>
        <source>The session lists no gateway application.</source>
        <translation>В сеансе нет ни одного приложения шлюза.</translation>
    </message>
    <message>
        <source>The session is not in the expected form (edited by hand, or damaged): %1</source>
        <translation>Сеанс имеет неожиданную форму (изменён вручную или повреждён): %1</translation>
    </message>
</context>
<context>
    <name>SessionSchema</name>
    <message>
        <source>&quot;%1&quot; should be %2, not %3.</source>
        <translation>«%1» должно быть %2, а не %3.</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строкой</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true или false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>целым числом</translation>
    </message>
    <message>
        <source>an ISO 8601 time such as 2026-11-24T10:00:00.000+01:00</source>
        <translation>временем ISO 8601, например 2026-11-24T10:00:00.000+01:00</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>объектом</translation>
    </message>
    <message>
        <source>passed, warning, failed, skipped or error</source>
        <translation>passed, warning, failed, skipped или error</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>списком</translation>
    </message>
    <message>
        <source>&quot;%1/id&quot;: the gateway application id &quot;%2&quot; appears twice.</source>
        <translation>«%1/id»: идентификатор приложения шлюза «%2» встречается дважды.</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>числом</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>отсутствует</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a session file (a typo, or written by another version of the wizard); it would be lost on the next save.</source>
        <translation>«%1» не входит в файл сеанса (опечатка или запись другой версии мастера); при следующем сохранении это было бы потеряно.</translation>
    </message>
    <message>
        <source> or </source>
        <translation> или </translation>
    </message>
    <message>
        <source>&quot;%1/%2&quot;: host names are written in lower case in a session file.</source>
        <translation>«%1/%2»: в файле сеанса имена хостов пишутся строчными буквами.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names who confirmed it and when, but is not &quot;confirmed&quot;: true. To undo a confirmation, remove confirmedBy and confirmedAt as well.</source>
        <translation>«%1» указывает, кто и когда подтвердил, но не содержит &quot;confirmed&quot;: true. Чтобы отменить подтверждение, удалите также confirmedBy и confirmedAt.</translation>
    </message>
    <message>
        <source>&quot;%1/justification&quot;: an override needs its justification; without one it would be dropped.</source>
        <translation>«%1/justification»: для переопределения нужно обоснование; без него оно было бы отброшено.</translation>
    </message>
    <message>
        <source>&quot;gatewayApplications&quot; lists %1 gateway applications; a session holds at most %2 (split the installation into several sessions).</source>
        <translation>«gatewayApplications» перечисляет %1 приложений шлюза; сеанс вмещает не более %2 (разделите установку на несколько сеансов).</translation>
    </message>
</context>
<context>
    <name>SessionStore</name>
    <message>
        <source>Cannot create the folder %1 for the session. Check that it is writable.</source>
        <translation>Не удаётся создать папку %1 для сеанса. Проверьте, что в неё разрешена запись.</translation>
    </message>
    <message>
        <source>Cannot write the session file %1: %2</source>
        <translation>Не удаётся записать файл сеанса %1: %2</translation>
    </message>
    <message>
        <source>Saving the session file %1 failed: %2. Your work is still in memory; free disk space and it will be saved on the next change.</source>
        <translation>Не удалось сохранить файл сеанса %1: %2. Ваша работа пока в памяти; освободите место на диске, и она будет сохранена при следующем изменении.</translation>
    </message>
    <message>
        <source>The session file %1 does not exist.</source>
        <translation>Файл сеанса %1 не существует.</translation>
    </message>
    <message>
        <source>The session file %1 is %2 MB, far larger than any session; it was not opened and is left as it is.</source>
        <translation>Файл сеанса %1 имеет размер %2 МБ — намного больше любого сеанса; он не открыт и оставлен без изменений.</translation>
    </message>
    <message>
        <source>Cannot read the session file %1: %2</source>
        <translation>Не удаётся прочитать файл сеанса %1: %2</translation>
    </message>
    <message>
        <source>The session file %1 is empty. It was left as it is; start a new session or resume another.</source>
        <translation>Файл сеанса %1 пуст. Он оставлен без изменений; начните новый сеанс или продолжите другой.</translation>
    </message>
    <message>
        <source>The session file %1 is damaged (%2 at byte %3). It was left as it is, so nothing in it is lost; start a new session, and keep the file for support.</source>
        <translation>Файл сеанса %1 повреждён (%2 в байте %3). Он оставлен без изменений, так что ничего не потеряно; начните новый сеанс и сохраните файл для службы поддержки.</translation>
    </message>
    <message>
        <source>Cannot open the session file %1: %2 The file was left as it is.</source>
        <translation>Не удаётся открыть файл сеанса %1: %2 Файл оставлен без изменений.</translation>
    </message>
    <message>
        <source>Cannot open the session file %1: &quot;%2&quot; appears twice, and only one of them could be kept. The file was left as it is.</source>
        <translation>Не удаётся открыть файл сеанса %1: «%2» встречается дважды, и сохранить можно только одно значение. Файл оставлен как есть.</translation>
    </message>
</context>
<context>
    <name>SetupCommand</name>
    <message>
        <source>a line break (%1)</source>
        <translation>перевод строки (%1)</translation>
    </message>
    <message>
        <source>a carriage return (%1)</source>
        <translation>возврат каретки (%1)</translation>
    </message>
    <message>
        <source>a tab (%1)</source>
        <translation>табуляцию (%1)</translation>
    </message>
    <message>
        <source>a NUL character (%1)</source>
        <translation>символ NUL (%1)</translation>
    </message>
    <message>
        <source>a control character (%1)</source>
        <translation>управляющий символ (%1)</translation>
    </message>
    <message>
        <source>a line separator (%1)</source>
        <translation>разделитель строк (%1)</translation>
    </message>
    <message>
        <source>an invisible formatting character (%1)</source>
        <translation>невидимый символ форматирования (%1)</translation>
    </message>
    <message>
        <source>an invalid character (%1)</source>
        <translation>недопустимый символ (%1)</translation>
    </message>
    <message>
        <source>The %1 is empty: enter it, for example %2.</source>
        <translation>Поле «%1» не заполнено: введите значение, например %2.</translation>
    </message>
    <message>
        <source>The %1 contains %2. Type the value again or copy it once more from its source, without line breaks or hidden characters.</source>
        <translation>Поле «%1» содержит %2. Введите его заново или ещё раз скопируйте из источника, без переводов строк и скрытых символов.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; has a prefix length (%3). Enter the address alone, for example %4.</source>
        <translation>Значение «%2» (%1) содержит длину префикса (%3). Введите только адрес, например %4.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; has a port (%3). Enter the address alone, for example %4.</source>
        <translation>Значение «%2» (%1) содержит порт (%3). Введите только адрес, например %4.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; has a zone index (%3). IIS bindings have none: enter the address without it.</source>
        <translation>Значение «%2» (%1) содержит индекс зоны (%3). В привязках IIS его нет: введите адрес без него.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not an IP address. Enter the IPv4 or IPv6 address that the gateway host name resolves to (not the host name), for example %3.</source>
        <translation>Значение «%2» (%1) — не IP-адрес. Введите адрес IPv4 или IPv6, в который разрешается имя узла шлюза (а не само имя), например %3.</translation>
    </message>
    <message>
        <source>Write the %1 as four decimal numbers without leading zeros, for example %2: &quot;%3&quot; would be read as %4.</source>
        <translation>Запишите значение (%1) четырьмя десятичными числами без ведущих нулей, например %2: «%3» будет прочитан как %4.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; stands for all addresses. Enter the address the gateway host name resolves to, for example %3.</source>
        <translation>Значение «%2» (%1) означает все адреса. Введите адрес, в который разрешается имя узла шлюза, например %3.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; contains &quot;/&quot; or &quot;\&quot;. Enter the application&apos;s name only, as it appears in the URL between the host name and the next &quot;/&quot;, for example %3.</source>
        <translation>Значение «%2» (%1) содержит «/» или «\». Введите только имя приложения — так, как оно записано в URL между именем узла и следующим «/», например %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an application name. Enter the %2, for example %3.</source>
        <translation>«%1» — не имя приложения. Введите значение «%2», например %3.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; is not an absolute URL. Enter it in full, for example %3, or leave it empty to keep the installed setting.</source>
        <translation>Значение «%2» (%1) — не абсолютный URL. Введите его полностью, например %3, или оставьте поле пустым, чтобы сохранить установленное значение.</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; must use https://, not %3://, for example %4.</source>
        <translation>Значение «%2» (%1) должно использовать https://, а не %3://, например %4.</translation>
    </message>
    <message>
        <source>site name (-SiteName)</source>
        <translation>имя сайта (-SiteName)</translation>
    </message>
    <message>
        <source>IP address (-IPAddress)</source>
        <translation>IP-адрес (-IPAddress)</translation>
    </message>
    <message>
        <source>Office 365 Gateway Application name (-GatewayAppName)</source>
        <translation>имя Office 365 Gateway Application (-GatewayAppName)</translation>
    </message>
    <message>
        <source>Office 365 Callbacks-Dispatcher Application name (-DispatcherAppName)</source>
        <translation>имя Office 365 Callbacks-Dispatcher Application (-DispatcherAppName)</translation>
    </message>
    <message>
        <source>MOSI base URL (-MOSIBaseURL)</source>
        <translation>базовый URL MOSI (-MOSIBaseURL)</translation>
    </message>
    <message>
        <source>MOSI billing ID (-MOSIBillingID)</source>
        <translation>идентификатор биллинга MOSI (-MOSIBillingID)</translation>
    </message>
    <message>
        <source>MOSI client certificate subject (-MOSIClientCertSubject)</source>
        <translation>субъект клиентского сертификата MOSI (-MOSIClientCertSubject)</translation>
    </message>
</context>
<context>
    <name>SigningKey</name>
    <message>
        <source>Signing refused: no keychain is available to keep the private signing key (%1). The report can still be exported unsigned; it will say &quot;not signed&quot;. Unlock or start the system keychain (Secret Service) and export again to sign it.</source>
        <translation>Подписание отклонено: нет связки ключей для хранения закрытого ключа подписи (%1). Отчёт можно экспортировать без подписи — в нём будет указано «не подписан». Разблокируйте или запустите системную связку ключей (Secret Service) и экспортируйте снова, чтобы подписать его.</translation>
    </message>
    <message>
        <source>this run has no keychain</source>
        <translation>в этом запуске нет связки ключей</translation>
    </message>
    <message>
        <source>Signing refused: the session names no engineer. Enter the engineer on the Start page.</source>
        <translation>Подписание отклонено: в сеансе не указан инженер. Укажите инженера на начальной странице.</translation>
    </message>
    <message>
        <source>Signing refused: the signing key stored in the keychain under &quot;%1&quot; cannot be read (%2). Remove it from the keychain to have a new one created.</source>
        <translation>Подписание отклонено: ключ подписи, сохранённый в связке ключей под именем «%1», не читается (%2). Удалите его из связки ключей, чтобы был создан новый.</translation>
    </message>
    <message>
        <source>Signing refused: the keychain could not be read (%1).</source>
        <translation>Подписание отклонено: не удалось прочитать связку ключей (%1).</translation>
    </message>
    <message>
        <source>Signing refused: OpenSSL could not create an Ed25519 key.</source>
        <translation>Подписание отклонено: OpenSSL не удалось создать ключ Ed25519.</translation>
    </message>
    <message>
        <source>Signing refused: the new signing key could not be stored in the keychain (%1).</source>
        <translation>Подписание отклонено: не удалось сохранить новый ключ подписи в связке ключей (%1).</translation>
    </message>
</context>
<context>
    <name>StageDefinition</name>
    <message>
        <source>The value must be on one line.</source>
        <translation>Значение должно занимать одну строку.</translation>
    </message>
</context>
<context>
    <name>StatusIcons</name>
    <message>
        <source>○ Not run:</source>
        <translation>○ Не запускалась:</translation>
    </message>
    <message>
        <source>… Running:</source>
        <translation>… Выполняется:</translation>
    </message>
    <message>
        <source>✔ Passed:</source>
        <translation>✔ Пройдена:</translation>
    </message>
    <message>
        <source>⚠ Warning:</source>
        <translation>⚠ Предупреждение:</translation>
    </message>
    <message>
        <source>✖ Failed:</source>
        <translation>✖ Не пройдена:</translation>
    </message>
    <message>
        <source>– Skipped:</source>
        <translation>– Пропущена:</translation>
    </message>
</context>
<context>
    <name>StepListWidget</name>
    <message>
        <source>Prerequisites</source>
        <translation>Требования</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>Шлюз</translation>
    </message>
    <message>
        <source>Dispatcher</source>
        <translation>Диспетчер</translation>
    </message>
    <message>
        <source>Provisioning</source>
        <translation>Provisioning</translation>
    </message>
    <message>
        <source>PA Application</source>
        <translation>Приложение PA</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Функция</translation>
    </message>
</context>
<context>
    <name>TlsEvidence</name>
    <message numerus="yes">
        <source>The certificate expires in %n day(s), on %1: plan its renewal.</source>
        <translation>
            <numerusform>Срок действия сертификата истекает через %n день, %1: запланируйте его обновление.</numerusform>
            <numerusform>Срок действия сертификата истекает через %n дня, %1: запланируйте его обновление.</numerusform>
            <numerusform>Срок действия сертификата истекает через %n дней, %1: запланируйте его обновление.</numerusform>
        </translation>
    </message>
    <message>
        <source>the certificate expired on %1</source>
        <translation>срок действия сертификата истёк %1</translation>
    </message>
    <message>
        <source>the certificate is valid only from %1 (check this computer&apos;s clock too)</source>
        <translation>сертификат действителен только с %1 (проверьте также часы этого компьютера)</translation>
    </message>
    <message>
        <source>the certificate is for %1, not for %2</source>
        <translation>сертификат выдан для %1, а не для %2</translation>
    </message>
    <message>
        <source>the certificate is self-signed (issued by nobody this computer trusts)</source>
        <translation>сертификат самоподписанный (выдан не тем, кому доверяет этот компьютер)</translation>
    </message>
    <message>
        <source>the certificate was issued by &quot;%1&quot;, an authority this computer does not trust</source>
        <translation>сертификат выдан «%1» — центром сертификации, которому этот компьютер не доверяет</translation>
    </message>
    <message>
        <source>the certificate was revoked</source>
        <translation>сертификат отозван</translation>
    </message>
</context>
<context>
    <name>Training</name>
    <message>
        <source>The new package requires POA 5.4.4 or later, but it is only imported into PA on the PA Application page, after the gateway hosts have been upgraded. Checking the version first avoids upgrading the gateways and only then finding that PA cannot take the package.</source>
        <translation>Новый пакет требует POA 5.4.4 или новее, но импортируется в PA только на странице «Приложение PA», после обновления узлов шлюзов. Проверка версии в начале позволяет не обновлять шлюзы лишь для того, чтобы затем выяснить, что PA не может принять пакет.</translation>
    </message>
    <message>
        <source>One gateway host can carry several Office 365 Gateway Applications, and PA may use more than one of them. Each must be identified and upgraded on its own: one left on the old version keeps serving its part of the installation with the old code.</source>
        <translation>На одном узле шлюза может быть несколько приложений Office 365 Gateway Application, и PA может использовать несколько из них. Каждое нужно определить и обновить отдельно: оставшееся на старой версии продолжит обслуживать свою часть установки старым кодом.</translation>
    </message>
    <message>
        <source>The gateway application to upgrade is the one PA actually sends its requests to, and only PA&apos;s own configuration says which one that is. Steps 1a to 1d lead to that setting; do not rely on memory or old documentation.</source>
        <translation>Обновлять нужно то приложение шлюза, которому PA действительно отправляет запросы, и только собственная конфигурация PA показывает, какое это приложение. Шаги 1a–1d ведут к этому параметру; не полагайтесь на память или старую документацию.</translation>
    </message>
    <message>
        <source>The gateway address is configured on the Office 365 Application&apos;s resource types, so open the application that is being upgraded. With several Office 365 applications, the wrong one may point at a different gateway application.</source>
        <translation>Адрес шлюза задаётся в типах ресурсов приложения Office 365 Application, поэтому откройте обновляемое приложение. Если приложений Office 365 несколько, неверное может указывать на другое приложение шлюза.</translation>
    </message>
    <message>
        <source>The &apos;Office 365 Application&apos; resource type holds the global settings that tell PA how to reach the gateway. If there are several such resource types, each may point at its own gateway application, and each of those needs upgrading.</source>
        <translation>Тип ресурса &apos;Office 365 Application&apos; содержит глобальные параметры, сообщающие PA, как связаться со шлюзом. Если таких типов ресурсов несколько, каждый может указывать на своё приложение шлюза, и каждое из них нужно обновить.</translation>
    </message>
    <message>
        <source>The URL for MOSI Connector is a global setting among the activation parameters. Reading it here gives the value PA really uses, not what someone remembers.</source>
        <translation>URL for MOSI Connector — глобальный параметр среди параметров активации. Прочитанное здесь значение — то, которое PA действительно использует, а не то, которое кто-то помнит.</translation>
    </message>
    <message>
        <source>This URL is where PA sends Office 365 requests: its host name says which gateway host and its path which gateway application. Copy it exactly; upgrading any other application leaves the one PA uses on the old version.</source>
        <translation>По этому URL PA отправляет запросы Office 365: имя узла указывает узел шлюза, а путь — приложение шлюза. Скопируйте его точно; если обновить другое приложение, то используемое PA останется на старой версии.</translation>
    </message>
    <message>
        <source>The host name and application name taken from the URL are the keys for the rest of the stage: the host name leads to the IP address and the IIS site (steps 1g and 4), and the application name selects the application (step 5) and is passed to setup.ps1 as -GatewayAppName.</source>
        <translation>Имя узла и имя приложения из URL — ключи ко всему этапу: имя узла ведёт к IP-адресу и сайту IIS (шаги 1g и 4), а имя приложения определяет приложение (шаг 5) и передаётся setup.ps1 как -GatewayAppName.</translation>
    </message>
    <message>
        <source>PA connects to whatever IP address the host name resolves to via DNS, and that IP is how the right IIS site is found at step 4 and what setup.ps1 gets as -IPAddress. If DNS does not resolve or points to another machine, stop: you would upgrade a site PA does not use.</source>
        <translation>PA подключается к тому IP-адресу, в который имя узла разрешается через DNS; по этому IP на шаге 4 находится нужный сайт IIS, и его же получает setup.ps1 как -IPAddress. Если DNS не разрешает имя или указывает на другую машину, остановитесь: вы обновили бы сайт, который PA не использует.</translation>
    </message>
    <message>
        <source>IIS Manager and setup.ps1 are run on the gateway host itself, and changing IIS sites and applications needs administrator rights. Log on to the host the URL names; on another host you would upgrade the wrong machine.</source>
        <translation>Диспетчер IIS и setup.ps1 запускаются на самом узле шлюза, а изменение сайтов и приложений IIS требует прав администратора. Войдите на узел, указанный в URL; на другом узле вы обновили бы не ту машину.</translation>
    </message>
    <message>
        <source>IIS Manager shows the sites with their IP bindings and the applications inside them, which is how the gateway application PA uses is found on a host that may run several.</source>
        <translation>Диспетчер IIS показывает сайты с их привязками к IP и приложениями внутри них — так находят используемое PA приложение шлюза на узле, где их может быть несколько.</translation>
    </message>
    <message>
        <source>The site bound to the IP address from step 1g is the one that receives PA&apos;s requests. Its name and IP are exactly what setup.ps1 needs as -SiteName and -IPAddress; a site chosen by its name alone may be another site on the same host.</source>
        <translation>Запросы PA получает сайт, привязанный к IP-адресу из шага 1g. Его имя и IP — именно то, что нужно setup.ps1 как -SiteName и -IPAddress; сайт, выбранный только по имени, может оказаться другим сайтом на том же узле.</translation>
    </message>
    <message>
        <source>A site can hold several applications (other gateway applications, the Callbacks-Dispatcher). Only the one named in the URL for MOSI Connector is the application PA uses at this point.</source>
        <translation>Сайт может содержать несколько приложений (другие приложения шлюза, Callbacks-Dispatcher). PA в данном случае использует только то, которое указано в URL for MOSI Connector.</translation>
    </message>
    <message>
        <source>Explore opens the application&apos;s root directory on disk, so you see what is really installed there rather than trusting the name shown in IIS Manager.</source>
        <translation>Пункт Explore открывает корневой каталог приложения на диске, и вы видите, что там действительно установлено, а не полагаетесь на имя в диспетчере IIS.</translation>
    </message>
    <message>
        <source>SubscriptionEvents.svc is the file that marks an Office 365 Gateway Application. If it is there, you have the right application; if not, you may be about to run setup.ps1 against something else.</source>
        <translation>SubscriptionEvents.svc — файл, по которому узнаётся Office 365 Gateway Application. Если он есть, приложение выбрано верно; если нет, вы, возможно, собираетесь запустить setup.ps1 не для того приложения.</translation>
    </message>
    <message>
        <source>Without SubscriptionEvents.svc, this is either not a gateway application or an installation that differs from what the package expects. Stop and contact Parallels support: running setup.ps1 anyway can overwrite an unrelated application or break the gateway for every customer.</source>
        <translation>Без SubscriptionEvents.svc это либо не приложение шлюза, либо установка, отличающаяся от ожидаемой пакетом. Остановитесь и обратитесь в службу поддержки Parallels: запуск setup.ps1 в такой ситуации может перезаписать постороннее приложение или нарушить работу шлюза для всех клиентов.</translation>
    </message>
    <message>
        <source>setup.ps1 upgrades the application locally, so the package has to be on the gateway host. Use the package version you are upgrading to, the same one that will be imported into PA later.</source>
        <translation>setup.ps1 обновляет приложение локально, поэтому пакет должен находиться на узле шлюза. Используйте ту версию пакета, до которой выполняется обновление, — ту же, что позже будет импортирована в PA.</translation>
    </message>
    <message>
        <source>The web applications and setup.ps1 are not in the package directly but in O365-Web.zip inside it, so that archive has to be taken out first.</source>
        <translation>Веб-приложения и setup.ps1 находятся не непосредственно в пакете, а во вложенном архиве O365-Web.zip, поэтому сначала нужно извлечь этот архив.</translation>
    </message>
    <message>
        <source>setup.ps1 installs the files that come with it, so O365-Web.zip must be unpacked completely. A partial or failed extraction gives an incomplete upgrade.</source>
        <translation>setup.ps1 устанавливает поставляемые с ним файлы, поэтому O365-Web.zip нужно распаковать полностью. Частичная или неудачная распаковка приведёт к неполному обновлению.</translation>
    </message>
    <message>
        <source>setup.ps1 is a PowerShell script that works with the files next to it, so run it from the directory holding the unpacked O365-Web.zip, in a console with administrator rights.</source>
        <translation>setup.ps1 — сценарий PowerShell, работающий с файлами рядом с ним, поэтому запускайте его из каталога с распакованным O365-Web.zip в консоли с правами администратора.</translation>
    </message>
    <message>
        <source>The three values tell setup.ps1 exactly which site, IP and application to upgrade; use the ones written down at steps 4 and 1f, since a typo upgrades the wrong one or fails. The script changes the live application and the KB gives no way back, so back up its directory first.</source>
        <translation>Эти три значения точно указывают setup.ps1, какой сайт, IP и приложение обновлять; используйте записанные на шагах 4 и 1f, поскольку опечатка приведёт к обновлению не того приложения или к ошибке. Сценарий изменяет работающее приложение, а KB не описывает пути назад, поэтому сначала создайте резервную копию его каталога.</translation>
    </message>
    <message>
        <source>Without these options the installed MOSI settings stay as they are, which is what an upgrade normally wants. Use them only to change a setting on purpose: a wrong value affects both the Gateway and the Callbacks-Dispatcher Applications.</source>
        <translation>Без этих параметров установленные настройки MOSI остаются прежними — обычно при обновлении именно это и нужно. Используйте их только для намеренного изменения настройки: неверное значение затронет и приложение Gateway, и приложение Callbacks-Dispatcher.</translation>
    </message>
    <message>
        <source>In the Single Office 365 Gateway Application topology there is no separate Callbacks-Dispatcher Application to upgrade. In the other topologies it is a separate application, and skipping this stage leaves it on the old version.</source>
        <translation>В топологии Single Office 365 Gateway Application отдельного приложения Callbacks-Dispatcher Application для обновления нет. В остальных топологиях это отдельное приложение, и если пропустить этот этап, оно останется на старой версии.</translation>
    </message>
    <message>
        <source>The URL in the syndication agreement is the address you gave Microsoft, so it names the Callbacks-Dispatcher Application Microsoft actually calls. Take it from the agreement, not from IIS: another application of similar name may exist.</source>
        <translation>URL в соглашении о синдикации — это адрес, переданный вами Microsoft, поэтому он указывает то приложение Callbacks-Dispatcher Application, которое Microsoft действительно вызывает. Берите его из соглашения, а не из IIS: там может быть другое приложение с похожим именем.</translation>
    </message>
    <message>
        <source>The host name leads to the IP address and the IIS site (steps 1c and 4), and the application name selects the application (step 5) and is passed to setup.ps1 as -DispatcherAppName.</source>
        <translation>Имя узла ведёт к IP-адресу и сайту IIS (шаги 1c и 4), а имя приложения определяет приложение (шаг 5) и передаётся setup.ps1 как -DispatcherAppName.</translation>
    </message>
    <message>
        <source>Microsoft reaches the dispatcher at the IP address the host name resolves to via DNS; that IP finds the right IIS site at step 4 and is setup.ps1&apos;s -IPAddress. If it does not resolve or points elsewhere, stop and find out why.</source>
        <translation>Microsoft обращается к диспетчеру по IP-адресу, в который имя узла разрешается через DNS; по этому IP на шаге 4 находится нужный сайт IIS, и он же передаётся setup.ps1 как -IPAddress. Если имя не разрешается или указывает в другое место, остановитесь и выясните причину.</translation>
    </message>
    <message>
        <source>The dispatcher is upgraded on its own gateway host with IIS Manager and setup.ps1, which need administrator rights. Log on to the host the agreement&apos;s URL names.</source>
        <translation>Диспетчер обновляется на своём узле шлюза с помощью диспетчера IIS и setup.ps1, которым нужны права администратора. Войдите на узел, указанный в URL из соглашения.</translation>
    </message>
    <message>
        <source>IIS Manager shows the sites with their IP bindings and the applications inside them, which is how the dispatcher is told apart from gateway applications on the same host.</source>
        <translation>Диспетчер IIS показывает сайты с их привязками к IP и приложениями внутри них — так диспетчер отличают от приложений шлюза на том же узле.</translation>
    </message>
    <message>
        <source>The site bound to the IP address from step 1c is the one Microsoft&apos;s calls arrive at. Its name and IP are what setup.ps1 needs as -SiteName and -IPAddress.</source>
        <translation>Вызовы Microsoft приходят на сайт, привязанный к IP-адресу из шага 1c. Его имя и IP — то, что нужно setup.ps1 как -SiteName и -IPAddress.</translation>
    </message>
    <message>
        <source>The same site may also hold gateway applications. Only the application named in the agreement&apos;s URL is the Callbacks-Dispatcher Application Microsoft calls.</source>
        <translation>На том же сайте могут быть и приложения шлюза. Microsoft вызывает как Callbacks-Dispatcher Application только приложение, указанное в URL из соглашения.</translation>
    </message>
    <message>
        <source>Callbacks.svc is the file that marks an Office 365 Callbacks-Dispatcher Application. If it is missing, this is not the dispatcher, however it is named.</source>
        <translation>Callbacks.svc — файл, по которому узнаётся Office 365 Callbacks-Dispatcher Application. Если его нет, это не диспетчер, как бы приложение ни называлось.</translation>
    </message>
    <message>
        <source>Without Callbacks.svc, this is not the dispatcher the package expects. Stop and contact Parallels support: setup.ps1 run against the wrong application can break it, and Microsoft&apos;s calls would still reach the old dispatcher.</source>
        <translation>Без Callbacks.svc это не тот диспетчер, который ожидает пакет. Остановитесь и обратитесь в службу поддержки Parallels: setup.ps1, запущенный не для того приложения, может его повредить, а вызовы Microsoft по-прежнему будут приходить на старый диспетчер.</translation>
    </message>
    <message>
        <source>setup.ps1 upgrades the application locally, so the package has to be on this gateway host too. Use the same package version as for the gateway applications.</source>
        <translation>setup.ps1 обновляет приложение локально, поэтому пакет должен быть и на этом узле шлюза. Используйте ту же версию пакета, что и для приложений шлюза.</translation>
    </message>
    <message>
        <source>Here setup.ps1 gets -DispatcherAppName, not -GatewayAppName: it upgrades the Callbacks-Dispatcher Application named at step 1b, on the site and IP from step 4. The script changes the live application and the KB gives no way back, so back up its directory first.</source>
        <translation>Здесь setup.ps1 получает -DispatcherAppName, а не -GatewayAppName: он обновляет приложение Callbacks-Dispatcher Application, указанное на шаге 1b, на сайте и IP из шага 4. Сценарий изменяет работающее приложение, а KB не описывает пути назад, поэтому сначала создайте резервную копию его каталога.</translation>
    </message>
    <message>
        <source>Without these options the installed MOSI settings stay as they are. Use them only to change a setting on purpose: a wrong value affects both the Gateway and the Callbacks-Dispatcher Applications.</source>
        <translation>Без этих параметров установленные настройки MOSI остаются прежними. Используйте их только для намеренного изменения настройки: неверное значение затронет и приложение Gateway, и приложение Callbacks-Dispatcher.</translation>
    </message>
    <message>
        <source>Microsoft calls exactly the URL in the agreement. If that URL ends in SubscriptionEvents.svc, the dispatcher must answer under that file name, or Microsoft&apos;s calls fail after the upgrade. If the agreement&apos;s URL has no file name, nothing is needed here.</source>
        <translation>Microsoft вызывает точно тот URL, что указан в соглашении. Если он оканчивается на SubscriptionEvents.svc, диспетчер должен отвечать под этим именем файла, иначе после обновления вызовы Microsoft будут завершаться ошибкой. Если в URL из соглашения нет имени файла, здесь ничего делать не нужно.</translation>
    </message>
    <message>
        <source>The copy belongs in the Callbacks-Dispatcher Application, the one Microsoft calls, not in a gateway application on the same host.</source>
        <translation>Копия должна находиться в приложении Callbacks-Dispatcher Application, которое вызывает Microsoft, а не в приложении шлюза на том же узле.</translation>
    </message>
    <message>
        <source>Explore opens the dispatcher&apos;s root directory, where Callbacks.svc is and where the copy has to be made.</source>
        <translation>Пункт Explore открывает корневой каталог диспетчера, где находится Callbacks.svc и где нужно создать копию.</translation>
    </message>
    <message>
        <source>The copy lets the URL Microsoft knows, ending in SubscriptionEvents.svc, answer with the dispatcher&apos;s service. Copy, do not rename: Callbacks.svc has to stay, as it is the dispatcher&apos;s own service file.</source>
        <translation>Благодаря копии известный Microsoft URL, оканчивающийся на SubscriptionEvents.svc, отвечает службой диспетчера. Копируйте, а не переименовывайте: Callbacks.svc должен остаться, это собственный файл службы диспетчера.</translation>
    </message>
    <message>
        <source>The provisioning scripts run on the Provisioning Gateway Host, so the PEAR packages they need must be installed there; installing them on any other host does not help.</source>
        <translation>Сценарии предоставления выполняются на Provisioning Gateway Host, поэтому нужные им PEAR-пакеты должны быть установлены там; установка на любом другом узле не поможет.</translation>
    </message>
    <message>
        <source>From PA Office 365 Integration 4.0 on, the provisioning scripts use the HTTP_Request2 PEAR Package. Without it, provisioning operations of upgraded instances fail; pear list shows whether it is installed, and pear install HTTP_Request2 adds it.</source>
        <translation>Начиная с PA Office 365 Integration 4.0 сценарии предоставления используют PEAR-пакет HTTP_Request2. Без него операции предоставления для обновлённых экземпляров завершаются ошибкой; pear list показывает, установлен ли он, а pear install HTTP_Request2 его устанавливает.</translation>
    </message>
    <message>
        <source>Instances older than 4.0 still run the old provisioning scripts, which use the older HTTP_Request PEAR Package, not HTTP_Request2. As long as such instances exist, HTTP_Request must stay installed, or their provisioning operations fail.</source>
        <translation>Экземпляры старше 4.0 по-прежнему используют старые сценарии предоставления, работающие с более старым PEAR-пакетом HTTP_Request, а не HTTP_Request2. Пока такие экземпляры есть, HTTP_Request должен оставаться установленным, иначе операции предоставления для них будут завершаться ошибкой.</translation>
    </message>
    <message>
        <source>HTTP_Request2 can only be installed with the latest PEAR, so pear install HTTP_Request2 may fail on an outdated PEAR. go-pear.phar installs or upgrades PEAR; run it first, then install the package again.</source>
        <translation>HTTP_Request2 устанавливается только с последней версией PEAR, поэтому pear install HTTP_Request2 может завершиться ошибкой на устаревшем PEAR. go-pear.phar устанавливает или обновляет PEAR; сначала выполните его, затем снова установите пакет.</translation>
    </message>
    <message>
        <source>PA can only upgrade instances to a package version it has imported. Import the same package version that was installed on the gateway hosts, so that PA and the gateways run the same release.</source>
        <translation>PA может обновить экземпляры только до импортированной версии пакета. Импортируйте ту же версию пакета, что установлена на узлах шлюзов, чтобы PA и шлюзы работали на одном выпуске.</translation>
    </message>
    <message>
        <source>Autoprovisioning set to Yes makes PA provide the &quot;Administration&quot; application service automatically. The KB asks for it before the bulk upgrade of step 3, so that the upgraded instances get that service on their own; with No, they may be left without it and need it provided by hand.</source>
        <translation>При Autoprovisioning = Yes PA автоматически предоставляет службу приложения «Administration». KB требует этого до массового обновления на шаге 3, чтобы обновлённые экземпляры получили эту службу сами; при No они могут остаться без неё, и её придётся предоставлять вручную.</translation>
    </message>
    <message>
        <source>Importing the package does not change existing subscriptions; only the bulk upgrade moves their application instances to the new version. Instances left behind keep the old code, without the fixes listed in the KB, and still need the HTTP_Request PEAR Package.</source>
        <translation>Импорт пакета не меняет существующие подписки; только массовое обновление переводит их экземпляры приложения на новую версию. Необновлённые экземпляры сохраняют старый код без исправлений, перечисленных в KB, и по-прежнему нуждаются в PEAR-пакете HTTP_Request.</translation>
    </message>
    <message>
        <source>When the synchronization script is used, the KB requires an Empty Service Set resource type whose Included Offers and Trial Offer ID are the all-zero GUID, which names no real offer. Without it in every Office 365 service template and subscription, synchronization after the upgrade can go wrong for those subscriptions.</source>
        <translation>Если используется сценарий синхронизации, KB требует тип ресурса Empty Service Set, у которого Included Offers и Trial Offer ID равны нулевому GUID, не обозначающему никакого реального предложения. Если его нет в каждом шаблоне служб и подписке Office 365, синхронизация после обновления для этих подписок может работать неправильно.</translation>
    </message>
    <message>
        <source>The KB hands the last part of the upgrade over to KB article 117505. The upgrade is not complete until its instructions have been carried out for this installation.</source>
        <translation>Последнюю часть обновления KB передаёт статье KB 117505. Обновление не завершено, пока её инструкции не выполнены для этой установки.</translation>
    </message>
</context>
<context>
    <name>TrainingScenario</name>
    <message>
        <source>%1: &quot;host&quot; must be a host name such as gw1.lab.example.</source>
        <translation>%1: &quot;host&quot; должен быть именем узла, например gw1.lab.example.</translation>
    </message>
    <message>
        <source>%1: &quot;application&quot; must be an IIS application name (letters, digits, - _ .).</source>
        <translation>%1: &quot;application&quot; должен быть именем приложения IIS (буквы, цифры, - _ .).</translation>
    </message>
    <message>
        <source>%1: &quot;files&quot; must be a list of file names.</source>
        <translation>%1: &quot;files&quot; должен быть списком имён файлов.</translation>
    </message>
    <message>
        <source>%1: &quot;certificate&quot; must be valid, expired or wrong-host.</source>
        <translation>%1: &quot;certificate&quot; должен иметь значение valid, expired или wrong-host.</translation>
    </message>
    <message>
        <source>%1: &quot;dns&quot; must be ok or nxdomain.</source>
        <translation>%1: &quot;dns&quot; должен иметь значение ok или nxdomain.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or empty.</source>
        <translation>&quot;%1&quot; отсутствует или пуст.</translation>
    </message>
    <message>
        <source>&quot;gateways&quot; must list at least one gateway application.</source>
        <translation>&quot;gateways&quot; должен содержать хотя бы одно приложение шлюза.</translation>
    </message>
    <message>
        <source>gateways[%1]</source>
        <translation>gateways[%1]</translation>
    </message>
    <message>
        <source>&quot;provisioningHost.pearList&quot; must hold what `pear list` prints there.</source>
        <translation>&quot;provisioningHost.pearList&quot; должен содержать то, что там выводит `pear list`.</translation>
    </message>
    <message>
        <source>&quot;pa.instances&quot;: every instance needs a positive &quot;id&quot;.</source>
        <translation>&quot;pa.instances&quot;: у каждого экземпляра должен быть положительный &quot;id&quot;.</translation>
    </message>
    <message>
        <source>&quot;expect&quot;: each entry needs &quot;scope&quot;, &quot;check&quot; and a &quot;status&quot; of %1.</source>
        <translation>&quot;expect&quot;: в каждой записи нужны &quot;scope&quot;, &quot;check&quot; и &quot;status&quot; из %1.</translation>
    </message>
    <message>
        <source>Cannot read the scenario file %1: %2</source>
        <translation>Не удаётся прочитать файл сценария %1: %2</translation>
    </message>
    <message>
        <source>There is no training scenario &quot;%1&quot;. The scenarios are: %2.</source>
        <translation>Учебного сценария «%1» нет. Имеющиеся сценарии: %2.</translation>
    </message>
    <message>
        <source>The scenario %1 is not a JSON object: %2 (at byte %3).</source>
        <translation>Сценарий %1 — не объект JSON: %2 (в байте %3).</translation>
    </message>
    <message>
        <source>wrong type</source>
        <translation>неверный тип</translation>
    </message>
    <message>
        <source>The scenario %1 is not usable: %2</source>
        <translation>Сценарий %1 непригоден: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; holds a control character (other than tab or a line break) or an invalid character: the lab could not play it.</source>
        <translation>«%1» содержит управляющий символ (кроме табуляции и перевода строки) или недопустимый символ: лаборатория не сможет его воспроизвести.</translation>
    </message>
    <message>
        <source>&quot;gateways&quot; lists %1 gateway applications; a session holds at most %2.</source>
        <translation>«gateways» перечисляет %1 приложений шлюза; сеанс вмещает не более %2.</translation>
    </message>
</context>
<context>
    <name>TrainingSummary</name>
    <message>
        <source>Scenario:</source>
        <translation>Сценарий:</translation>
    </message>
    <message>
        <source>Faults in this scenario:</source>
        <translation>Неисправности в этом сценарии:</translation>
    </message>
    <message>
        <source>none: this is the happy path</source>
        <translation>нет: это сценарий без сбоев</translation>
    </message>
    <message>
        <source>What the checks found, and what you did:</source>
        <translation>Что обнаружили проверки и что сделали вы:</translation>
    </message>
    <message>
        <source>no check failed</source>
        <translation>ни одна проверка не провалилась</translation>
    </message>
    <message>
        <source>you overrode it: &quot;%1&quot;</source>
        <translation>вы её переопределили: «%1»</translation>
    </message>
    <message>
        <source>you stopped there</source>
        <translation>вы остановились на этом</translation>
    </message>
    <message>
        <source>advisory: it did not block the upgrade</source>
        <translation>рекомендательная: обновление не блокировала</translation>
    </message>
    <message>
        <source>What to notice:</source>
        <translation>На что обратить внимание:</translation>
    </message>
</context>
<context>
    <name>TrustedKeys</name>
    <message>
        <source>There is no trusted-keys file at %1.</source>
        <translation>Файла доверенных ключей %1 нет.</translation>
    </message>
    <message>
        <source>Cannot read the trusted-keys file %1: %2</source>
        <translation>Не удаётся прочитать файл доверенных ключей %1: %2</translation>
    </message>
    <message>
        <source>The trusted-keys file %1 is larger than 1 MB; it was not read.</source>
        <translation>Файл доверенных ключей %1 больше 1 МБ; он не прочитан.</translation>
    </message>
    <message>
        <source>Line %1 of the trusted-keys file %2 has no name after the key (or one longer than %3 characters). Write &quot;KEY NAME&quot;, e.g. the line the wizard shows for your own key.</source>
        <translation>В строке %1 файла доверенных ключей %2 нет имени после ключа (или оно длиннее %3 символов). Пишите «КЛЮЧ ИМЯ», например строку, которую мастер показывает для вашего ключа.</translation>
    </message>
    <message>
        <source>Line %1 of the trusted-keys file %2 starts with neither an Ed25519 public key (the base64 line of a .pub.pem) nor a SHA-256 fingerprint (64 hex digits). Nothing in the file was trusted; correct that line.</source>
        <translation>Строка %1 файла доверенных ключей %2 начинается не с открытого ключа Ed25519 (строки base64 из .pub.pem) и не с отпечатка SHA-256 (64 шестнадцатеричные цифры). Ни одному ключу из файла не доверено; исправьте эту строку.</translation>
    </message>
    <message>
        <source>Line %1 of the trusted-keys file %2 gives the key %3 to &quot;%4&quot;, but an earlier line gives it to &quot;%5&quot;. One key belongs to one person: remove one of the lines.</source>
        <translation>Строка %1 файла доверенных ключей %2 приписывает ключ %3 «%4», а более ранняя строка — «%5». Один ключ принадлежит одному человеку: удалите одну из строк.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>List the training scenarios and exit.</source>
        <translation>Показать список учебных сценариев и выйти.</translation>
    </message>
    <message>
        <source>The training lab could not start: %1</source>
        <translation>Не удалось запустить учебную лабораторию: %1</translation>
    </message>
    <message>
        <source>TRAINING scenario %1: %2</source>
        <translation>Учебный сценарий (ОБУЧЕНИЕ) %1: %2</translation>
    </message>
    <message>
        <source>UNEXPECTED: %1</source>
        <translation>НЕОЖИДАННО: %1</translation>
    </message>
    <message>
        <source>%1 checks; every check gave the result scenario %2 expects.</source>
        <translation>Проверок: %1; каждая дала результат, ожидаемый сценарием %2.</translation>
    </message>
    <message>
        <source>%1 checks; %2 differ from what scenario %3 expects.</source>
        <translation>Проверок: %1; из них %2 расходятся с ожиданиями сценария %3.</translation>
    </message>
    <message>
        <source>Guides an upgrade of the Microsoft Office 365 Application Package on Parallels Automation, step by step as KB 117222 prescribes, and records every confirmation in a resumable session.</source>
        <translation>Пошагово ведёт обновление Microsoft Office 365 Application Package в Parallels Automation так, как предписывает KB 117222, и записывает каждое подтверждение в сеанс, который можно продолжить позже.</translation>
    </message>
    <message>
        <source>Open the session FILE directly and continue where it was left.</source>
        <translation>Открыть файл сеанса FILE напрямую и продолжить с того места, где работа была прервана.</translation>
    </message>
    <message>
        <source>Start a new session without asking about unfinished ones.</source>
        <translation>Начать новый сеанс, не спрашивая о незавершённых.</translation>
    </message>
    <message>
        <source>Run the automated checks of the session FILE without a window, print one line per check and record the results in the session. Exit code: 0 no blocking check failed, 1 one did, 2 unusable input.</source>
        <translation>Выполнить автоматические проверки файла сеанса FILE без окна, вывести по строке на каждую проверку и записать результаты в сеанс. Код завершения: 0 — ни одна блокирующая проверка не провалилась, 1 — провалилась, 2 — непригодные входные данные.</translation>
    </message>
    <message>
        <source>With --check or --export: only stage ID (start, gateway, dispatcher, provisioning, …).</source>
        <translation>С --check или --export: только этап ID (start, gateway, dispatcher, provisioning, …).</translation>
    </message>
    <message>
        <source>With --check: write the session with the results to FILE instead of updating it. With --export: the folder or file base name of the report.</source>
        <translation>С --check: записать сеанс с результатами в FILE вместо обновления исходного. С --export: папка или базовое имя файла отчёта.</translation>
    </message>
    <message>
        <source>Also trust the certificate authorities in the PEM FILE (e.g. a customer&apos;s private CA).</source>
        <translation>Также доверять центрам сертификации из PEM-файла FILE (например, частному ЦС клиента).</translation>
    </message>
    <message>
        <source>With --check: read the PA API password from the first line of standard input (never from the command line or the environment) instead of the keychain.</source>
        <translation>С --check: читать пароль PA API из первой строки стандартного ввода (никогда из командной строки или окружения), а не из связки ключей.</translation>
    </message>
    <message>
        <source>What the session&apos;s log file records: debug, info (default) or warning.</source>
        <translation>Что записывается в файл журнала сеанса: debug, info (по умолчанию) или warning.</translation>
    </message>
    <message>
        <source>Open the signed REPORT.json read-only in the review window: its signature checked, countersigned as reviewer.</source>
        <translation>Открыть подписанный REPORT.json только для чтения в окне проверки: подпись проверяется, отчёт заверяется контрподписью проверяющего.</translation>
    </message>
    <message>
        <source>User interface language CODE (e.g. en, de, ru); the system&apos;s language by default.</source>
        <translation>Язык интерфейса CODE (например, en, de, ru); по умолчанию — язык системы.</translation>
    </message>
    <message>
        <source>No PEM certificate could be read from %1.</source>
        <translation>Из %1 не удалось прочитать ни одного сертификата PEM.</translation>
    </message>
    <message>
        <source>Unknown log level &quot;%1&quot;: use debug, info or warning.</source>
        <translation>Неизвестный уровень журнала «%1»: используйте debug, info или warning.</translation>
    </message>
    <message>
        <source>--password-stdin: standard input gave no password.</source>
        <translation>--password-stdin: стандартный ввод не дал пароля.</translation>
    </message>
    <message>
        <source>%1 checks, %2 blocking failure(s); results recorded in %3</source>
        <translation>Проверок: %1, блокирующих сбоев: %2; результаты записаны в %3</translation>
    </message>
    <message>
        <source>Unknown option value</source>
        <translation>Неизвестное значение параметра</translation>
    </message>
    <message>
        <source>No session yet: starting in training mode (a simulated lab). Use --new for a real upgrade.</source>
        <translation>Сеансов пока нет: запуск в учебном режиме (имитируемая лаборатория). Для реального обновления используйте --new.</translation>
    </message>
    <message>
        <source>Cannot resume the session</source>
        <translation>Не удаётся продолжить сеанс</translation>
    </message>
    <message>
        <source>A new session is started instead.</source>
        <translation>Вместо него начат новый сеанс.</translation>
    </message>
    <message>
        <source>Cannot start the training lab</source>
        <translation>Не удаётся запустить учебную лабораторию</translation>
    </message>
    <message>
        <source>The session could not be saved</source>
        <translation>Не удалось сохранить сеанс</translation>
    </message>
    <message>
        <source>Cannot read the certificate authorities</source>
        <translation>Не удаётся прочитать центры сертификации</translation>
    </message>
    <message>
        <source>The wizard could not be started again. Run it with --training %1.</source>
        <translation>Не удалось перезапустить мастер. Запустите его с --training %1.</translation>
    </message>
    <message>
        <source>--timeout &quot;%1&quot; is not a number of seconds from 1 to %2.</source>
        <translation>--timeout «%1» — не число секунд от 1 до %2.</translation>
    </message>
    <message>
        <source>With --check: give up after SECONDS (default %1) when checks are still running, print what ended and what did not, record what ended, and exit with 2.</source>
        <translation>С --check: прекратить через SECONDS секунд (по умолчанию %1), если проверки ещё идут, вывести, что завершилось и что нет, сохранить завершённое и выйти с кодом 2.</translation>
    </message>
    <message>
        <source>--check gave up after %1 s with checks still running: %2. Check that the hosts answer, or allow more time with --timeout.</source>
        <translation>--check прекратил работу через %1 с, когда ещё шли проверки: %2. Проверьте, отвечают ли узлы, или дайте больше времени через --timeout.</translation>
    </message>
    <message>
        <source>(none reported)</source>
        <translation>(не сообщено)</translation>
    </message>
    <message>
        <source>The checks that ended are recorded in %1.</source>
        <translation>Завершённые проверки сохранены в %1.</translation>
    </message>
    <message>
        <source>With --check: agree that the PA API password goes to HOST over plain http (unencrypted), as the session&apos;s PA API address says; recorded in the session and the report. Without it, the PA API checks of a plain-http address on another machine do not run.</source>
        <translation>С --check: согласиться, что пароль PA API передаётся на HOST по незашифрованному http, как указано в адресе PA API сеанса; записывается в сеанс и отчёт. Без этого проверки PA API для http-адреса на другой машине не выполняются.</translation>
    </message>
    <message>
        <source>--allow-plain-http %1: the session&apos;s PA API address (%2) is not plain http to another machine, so there is nothing to agree to.</source>
        <translation>--allow-plain-http %1: адрес PA API сеанса (%2) — не незашифрованный http к другой машине, соглашаться не с чем.</translation>
    </message>
    <message>
        <source>--allow-plain-http %1: the session&apos;s PA API host is %2; the agreement is given for that host by name.</source>
        <translation>--allow-plain-http %1: узел PA API сеанса — %2; согласие даётся для этого узла по имени.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Предупреждение: %1</translation>
    </message>
    <message>
        <source>--check was interrupted (%1) with checks still running: %2.</source>
        <translation>--check прерван (%1), когда ещё выполнялись проверки: %2.</translation>
    </message>
    <message>
        <source>The results of this run were NOT saved: %1</source>
        <translation>Результаты этого запуска НЕ сохранены: %1</translation>
    </message>
    <message>
        <source>With --check, or the window: write a support bundle to FILE.zip at the end — the session, its log, every PA API request and answer, HTTPS answers with their certificates, DNS answers, the programs run and the pasted outputs; never a password.</source>
        <translation>С --check или с окном: в конце записать пакет поддержки в FILE.zip — сеанс, его журнал, каждый запрос к PA API и ответ, ответы HTTPS с их сертификатами, ответы DNS, запущенные программы и вставленные выводы; никогда не пароль.</translation>
    </message>
    <message>
        <source>--capture needs a file name.</source>
        <translation>--capture требует имя файла.</translation>
    </message>
    <message numerus="yes">
        <source>Support bundle written to %1 (%n exchange(s) recorded).</source>
        <translation>
            <numerusform>Пакет поддержки записан в %1 (записан %n обмен).</numerusform>
            <numerusform>Пакет поддержки записан в %1 (записано %n обмена).</numerusform>
            <numerusform>Пакет поддержки записан в %1 (записано %n обменов).</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write the support bundle</source>
        <translation>Не удаётся записать пакет поддержки</translation>
    </message>
    <message>
        <source>Support bundle written to %1.</source>
        <translation>Пакет поддержки записан в %1.</translation>
    </message>
    <message>
        <source>Practise in a simulated PA lab inside the wizard: --training [SCENARIO], a scenario id (%1 by default; --training-list shows them all), a scenario .json file, or a support bundle .zip (--capture) whose captured answers the lab replays. With --check: run the scenario&apos;s checks headless.</source>
        <translation>Тренировка в имитированной лаборатории PA внутри мастера: --training [СЦЕНАРИЙ] — идентификатор сценария (по умолчанию %1; --training-list покажет все), файл сценария .json или пакет поддержки .zip (--capture), записанные ответы которого воспроизводит лаборатория. С --check: выполнить проверки сценария без окна.</translation>
    </message>
</context>
<context>
    <name>o365::CaptureRecorder</name>
    <message numerus="yes">
        <source>
[… %n more byte(s) not kept]</source>
        <translation>
            <numerusform>
[… ещё %n байт не сохранён]</numerusform>
            <numerusform>
[… ещё %n байта не сохранено]</numerusform>
            <numerusform>
[… ещё %n байт не сохранено]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>o365::CaptureReplay</name>
    <message>
        <source>%1 %2 is not in the support bundle&apos;s capture.</source>
        <translation>%1 %2 отсутствует в записи пакета поддержки.</translation>
    </message>
    <message>
        <source>The support bundle holds no capture (capture.json, format o365-upgrade-wizard-capture/1): it was made without --capture or by another program.</source>
        <translation>В пакете поддержки нет записи (capture.json, формат o365-upgrade-wizard-capture/1): он создан без --capture или другой программой.</translation>
    </message>
    <message>
        <source>The capture reaches %1 different hosts and ports; a replay serves at most %2.</source>
        <translation>Запись обращается к %1 разным хостам и портам; воспроизведение обслуживает не более %2.</translation>
    </message>
</context>
<context>
    <name>o365::CertificateDialog</name>
    <message>
        <source>Accept a certificate that is not trusted</source>
        <translation>Принять недоверенный сертификат</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; presented a certificate this computer does not trust: %2.&lt;br&gt;Accept it only if the customer confirms this exact fingerprint. The exception holds for this host in this session and is recorded with your name.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; предъявил сертификат, которому этот компьютер не доверяет: %2.&lt;br&gt;Принимайте его, только если клиент подтвердит именно этот отпечаток. Исключение действует для этого узла в этом сеансе и записывается с вашим именем.</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Субъект:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Издатель:</translation>
    </message>
    <message>
        <source>Valid:</source>
        <translation>Действителен:</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>с %1 по %2</translation>
    </message>
    <message>
        <source>SHA-256:</source>
        <translation>SHA-256:</translation>
    </message>
    <message>
        <source>e.g. 5F:C6:2D:93</source>
        <translation>например, 5F:C6:2D:93</translation>
    </message>
    <message>
        <source>&amp;Accept for this host</source>
        <translation>&amp;Принять для этого узла</translation>
    </message>
    <message>
        <source>&amp;Last 4 bytes of the fingerprint (8 hex digits, colons optional):</source>
        <translation>&amp;Последние 4 байта отпечатка (8 шестнадцатеричных цифр, двоеточия не обязательны):</translation>
    </message>
    <message>
        <source>✔ Matches the end of the fingerprint.</source>
        <translation>✔ Совпадает с концом отпечатка.</translation>
    </message>
    <message numerus="yes">
        <source>%n of 8 hex digits typed.</source>
        <translation>
            <numerusform>Введена %n из 8 шестнадцатеричных цифр.</numerusform>
            <numerusform>Введено %n из 8 шестнадцатеричных цифр.</numerusform>
            <numerusform>Введено %n из 8 шестнадцатеричных цифр.</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ Does not match the end of the fingerprint shown above.</source>
        <translation>✖ Не совпадает с концом отпечатка, показанного выше.</translation>
    </message>
</context>
<context>
    <name>o365::Check</name>
    <message>
        <source>The check was cancelled before it finished.</source>
        <translation>Проверка отменена до завершения.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds. Check that the host is reachable from this computer, then re-run the check.</source>
        <translation>Нет ответа в течение %1 с. Проверьте, что узел доступен с этого компьютера, и повторите проверку.</translation>
    </message>
    <message>
        <source>Timed out after %1 ms.</source>
        <translation>Время ожидания истекло через %1 мс.</translation>
    </message>
</context>
<context>
    <name>o365::DnsCheck</name>
    <message>
        <source>Enter a valid URL first: the host name comes from it.</source>
        <translation>Сначала введите допустимый URL: из него берётся имя узла.</translation>
    </message>
    <message>
        <source>%1 does not exist in DNS as seen from this computer (NXDOMAIN). Check the spelling in the URL, or whether this computer uses the customer&apos;s DNS; if you know the address, enter it and override this check with the reason.</source>
        <translation>С этого компьютера %1 в DNS не найден (NXDOMAIN). Проверьте написание в URL и использует ли этот компьютер DNS клиента; если адрес вам известен, введите его и переопределите эту проверку, указав причину.</translation>
    </message>
    <message>
        <source>Looking up %1 failed: %2. Check this computer&apos;s network and DNS settings, then re-run.</source>
        <translation>Не удалось разрешить %1: %2. Проверьте сетевые настройки и DNS этого компьютера, затем повторите.</translation>
    </message>
    <message>
        <source>%1 exists in DNS but has no address record.</source>
        <translation>%1 есть в DNS, но у него нет адресной записи.</translation>
    </message>
    <message>
        <source>%1 resolves to %2.</source>
        <translation>%1 разрешается в %2.</translation>
    </message>
    <message>
        <source>%1 resolves to several addresses: %2. Step 4 needs the one the IIS site is bound to: enter that one.</source>
        <translation>%1 разрешается в несколько адресов: %2. Для шага 4 нужен тот, к которому привязан сайт IIS: введите его.</translation>
    </message>
    <message>
        <source>DNS gave no answer for %1 within %2 seconds. Check this computer&apos;s DNS servers, then re-run.</source>
        <translation>DNS не ответил для %1 в течение %2 с. Проверьте DNS-серверы этого компьютера, затем повторите.</translation>
    </message>
</context>
<context>
    <name>o365::DonePage</name>
    <message>
        <source>Done</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>&amp;Open the report</source>
        <translation>&amp;Открыть отчёт</translation>
    </message>
    <message>
        <source>Open the report (HTML) in the browser</source>
        <translation>Открыть отчёт (HTML) в браузере</translation>
    </message>
    <message>
        <source>Open the &amp;folder</source>
        <translation>Открыть &amp;папку</translation>
    </message>
    <message>
        <source>Open the folder that holds the report</source>
        <translation>Открыть папку с отчётом</translation>
    </message>
    <message>
        <source>Copy the &amp;path</source>
        <translation>&amp;Копировать путь</translation>
    </message>
    <message>
        <source>Copy the report&apos;s path to the clipboard</source>
        <translation>Скопировать путь к отчёту в буфер обмена</translation>
    </message>
    <message>
        <source>Copied: %1</source>
        <translation>Скопировано: %1</translation>
    </message>
    <message>
        <source>Nothing on this computer opens %1: open it yourself, or copy the path.</source>
        <translation>На этом компьютере нечем открыть %1: откройте его сами или скопируйте путь.</translation>
    </message>
    <message>
        <source>Training finished and signed off.</source>
        <translation>Тренировка завершена и утверждена.</translation>
    </message>
    <message>
        <source>The upgrade of %1 is signed off.</source>
        <translation>Обновление (%1) утверждено.</translation>
    </message>
    <message>
        <source>this installation</source>
        <translation>эта установка</translation>
    </message>
    <message>
        <source>The report is saved to %1:</source>
        <translation>Отчёт сохранён в %1:</translation>
    </message>
    <message>
        <source>Signed with your key (fingerprint %1).</source>
        <translation>Подписан вашим ключом (отпечаток %1).</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Не подписан.</translation>
    </message>
    <message>
        <source>Anyone can check it: o365-upgrade-wizard --verify &quot;%1&quot;</source>
        <translation>Проверить может любой: o365-upgrade-wizard --verify &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The session stays on this computer; Close ends the wizard.</source>
        <translation>Сеанс остаётся на этом компьютере; «Закрыть» завершает мастер.</translation>
    </message>
</context>
<context>
    <name>o365::GatewayPage</name>
    <message>
        <source>Remove gateway application</source>
        <translation>Удалить приложение шлюза</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot; and everything recorded for it (confirmations, notes, check results)?</source>
        <translation>Удалить «%1» и всё, что для него записано (подтверждения, заметки, результаты проверок)?</translation>
    </message>
    <message>
        <source>A single PA installation may use several Office 365 Gateway Applications: add one tab for each and walk steps 1–7 for each of them.</source>
        <translation>Одна установка PA может использовать несколько приложений Office 365 Gateway Application: добавьте по вкладке для каждого и выполните для каждого шаги 1–7.</translation>
    </message>
    <message>
        <source>&amp;Add gateway application</source>
        <translation>Доб&amp;авить приложение шлюза</translation>
    </message>
    <message>
        <source>Re&amp;move this gateway application</source>
        <translation>&amp;Удалить это приложение шлюза</translation>
    </message>
    <message>
        <source>Read MOSI URL from &amp;PA</source>
        <translation>Прочитать URL MOSI из &amp;PA</translation>
    </message>
    <message>
        <source>Read the URL for MOSI Connector from PA</source>
        <translation>Прочитать URL for MOSI Connector из PA</translation>
    </message>
    <message>
        <source>Where the URL for MOSI Connector came from</source>
        <translation>Откуда взят URL for MOSI Connector</translation>
    </message>
    <message>
        <source>A check failed: this application cannot go on as it is.</source>
        <translation>Проверка не пройдена: продолжить с этим приложением в текущем виде нельзя.</translation>
    </message>
    <message>
        <source>Every step is done.</source>
        <translation>Все шаги выполнены.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) still to do.</source>
        <translation>
            <numerusform>Осталось шагов: %n.</numerusform>
            <numerusform>Осталось шагов: %n.</numerusform>
            <numerusform>Осталось шагов: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reads the URL for MOSI Connector from the Office 365 application&apos;s instance settings through the PA public API, into every gateway application where it is still empty.</source>
        <translation>Считывает URL for MOSI Connector из настроек экземпляра приложения Office 365 через публичный API PA во все приложения шлюза, где он ещё не заполнен.</translation>
    </message>
    <message>
        <source>Configure the PA public API on the PA Application page first.</source>
        <translation>Сначала настройте публичный API PA на странице «Приложение PA».</translation>
    </message>
    <message>
        <source>Reading the URL for MOSI Connector from PA…</source>
        <translation>Чтение URL for MOSI Connector из PA…</translation>
    </message>
    <message>
        <source>%1 ← instance #%2</source>
        <translation>%1 ← экземпляр №%2</translation>
    </message>
    <message>
        <source>%1 Nothing was filled in: every gateway application already has a URL for MOSI Connector.</source>
        <translation>%1 Ничего не заполнено: у каждого приложения шлюза уже есть URL for MOSI Connector.</translation>
    </message>
    <message>
        <source>%1 Filled in (step 1e): %2.</source>
        <translation>%1 Заполнено (шаг 1e): %2.</translation>
    </message>
    <message>
        <source>A session holds at most %1 gateway applications: upgrade the others in a second session.</source>
        <translation>Сеанс вмещает не более %1 приложений шлюза: обновите остальные во втором сеансе.</translation>
    </message>
</context>
<context>
    <name>o365::HeadlessChecker</name>
    <message>
        <source>&quot;%1&quot; is not a stage with automated checks; use one of: %2.</source>
        <translation>«%1» — не этап с автоматическими проверками; используйте один из следующих: %2.</translation>
    </message>
</context>
<context>
    <name>o365::HttpsProbeCheck</name>
    <message>
        <source>Enter a valid https URL first.</source>
        <translation>Сначала введите допустимый URL https.</translation>
    </message>
    <message>
        <source>%1 started answering but sent only %2 bytes in %3 seconds: the server, or a proxy on the way, is stalling. Check the application pool on the gateway host, then re-run.</source>
        <translation>%1 начал отвечать, но за %3 с передал только %2 байт: сервер или прокси на пути зависает. Проверьте пул приложений на узле шлюза, затем повторите.</translation>
    </message>
    <message>
        <source>%1 accepted the HTTPS connection but sent no answer within %2 seconds: the site or its application pool may be hung. Check it in IIS Manager, then re-run.</source>
        <translation>%1 принял HTTPS-соединение, но не ответил в течение %2 с: возможно, сайт или его пул приложений завис. Проверьте это в диспетчере IIS, затем повторите.</translation>
    </message>
    <message>
        <source>No HTTPS connection to %1 within %2 seconds: the host is down, or a firewall drops the traffic on the way. Check that this computer can reach it, then re-run.</source>
        <translation>Нет HTTPS-соединения с %1 в течение %2 с: узел не работает, или брандмауэр на пути отбрасывает трафик. Проверьте, что этот компьютер может до него достучаться, затем повторите.</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted: %2. If you have checked this certificate with the customer, accept it for this host by its SHA-256 fingerprint %3.</source>
        <translation>Сертификату %1 нет доверия: %2. Если вы сверили этот сертификат с клиентом, примите его для этого узла по отпечатку SHA-256 %3.</translation>
    </message>
    <message>
        <source>%1 redirects from https to %2, which the wizard does not follow.</source>
        <translation>%1 перенаправляет с https на %2; мастер не следует такому перенаправлению.</translation>
    </message>
    <message>
        <source>%1 redirects in a loop (%2 redirects, last to %3). Check the application&apos;s HTTP Redirect and URL Rewrite settings in IIS.</source>
        <translation>%1 перенаправляет по кругу (%2 перенаправлений, последнее — на %3). Проверьте настройки «Перенаправление HTTP» и URL Rewrite приложения в IIS.</translation>
    </message>
    <message>
        <source>The TLS handshake with %1 failed (%2): the server may offer only old protocols or ciphers.</source>
        <translation>Не удалось установить TLS-соединение с %1 (%2): возможно, сервер предлагает только устаревшие протоколы или шифры.</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens for HTTPS there. Check the IIS site&apos;s https binding and that the site is started.</source>
        <translation>%1 отклонил соединение: там ничего не принимает HTTPS. Проверьте привязку https сайта IIS и что сайт запущен.</translation>
    </message>
    <message>
        <source>%1 was not found in DNS from this computer.</source>
        <translation>С этого компьютера %1 в DNS не найден.</translation>
    </message>
    <message>
        <source>%1 closed the connection without answering. Check the site&apos;s https binding and its certificate in IIS.</source>
        <translation>%1 закрыл соединение, не ответив. Проверьте привязку https сайта и его сертификат в IIS.</translation>
    </message>
    <message>
        <source>%1 redirects in a loop (more than 5 redirects). Check the application&apos;s HTTP Redirect and URL Rewrite settings in IIS.</source>
        <translation>%1 перенаправляет по кругу (более 5 перенаправлений). Проверьте настройки «Перенаправление HTTP» и URL Rewrite приложения в IIS.</translation>
    </message>
    <message>
        <source>%1 redirects from https to plain http, which the wizard does not follow.</source>
        <translation>%1 перенаправляет с https на незащищённый http; мастер не следует такому перенаправлению.</translation>
    </message>
    <message>
        <source>Requesting %1 failed: %2</source>
        <translation>Запрос к %1 не выполнен: %2</translation>
    </message>
    <message>
        <source>%1 is present and answers (HTTP 200).</source>
        <translation>%1 присутствует и отвечает (HTTP 200).</translation>
    </message>
    <message>
        <source>%1 answers (HTTP 200).</source>
        <translation>%1 отвечает (HTTP 200).</translation>
    </message>
    <message>
        <source>%1 answers 404 Not Found: this application has no %2. The KB says: &quot;%3&quot; The upgrade of this application stops here.</source>
        <translation>%1 отвечает 404 Not Found: у этого приложения нет %2. В статье KB сказано: «%3» Обновление этого приложения на этом останавливается.</translation>
    </message>
    <message>
        <source>%1 answers 404 Not Found: the file is missing from the application.</source>
        <translation>%1 отвечает 404 Not Found: в приложении нет этого файла.</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2 (access denied): the service must answer anonymously. Check the application&apos;s authentication and IP restrictions in IIS.</source>
        <translation>%1 отвечает HTTP %2 (доступ запрещён): служба должна отвечать анонимно. Проверьте проверку подлинности и ограничения по IP для приложения в IIS.</translation>
    </message>
    <message>
        <source>%1 answers HTTP 503: the application pool is stopped or overloaded. Start it in IIS Manager.</source>
        <translation>%1 отвечает HTTP 503: пул приложений остановлен или перегружен. Запустите его в диспетчере IIS.</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2 (server error): the application exists but fails. Check its application pool and the Windows event log on the gateway host.</source>
        <translation>%1 отвечает HTTP %2 (ошибка сервера): приложение существует, но работает со сбоем. Проверьте его пул приложений и журнал событий Windows на узле шлюза.</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2: it is there, but not with 200.</source>
        <translation>%1 отвечает HTTP %2: ресурс есть, но ответ не 200.</translation>
    </message>
    <message>
        <source>%1 answers HTTP %2, where 200 was expected.</source>
        <translation>%1 отвечает HTTP %2, а ожидался 200.</translation>
    </message>
    <message>
        <source>Its certificate is not trusted (%1) and was accepted by exception (SHA-256 %2).</source>
        <translation>Его сертификату нет доверия (%1), он принят как исключение (SHA-256 %2).</translation>
    </message>
    <message>
        <source>Blocked by step %1: %2 is not found in DNS from this computer. Fix step %1 first; this check runs again then.</source>
        <translation>Заблокировано шагом %1: %2 не найден в DNS с этого компьютера. Сначала исправьте шаг %1; затем эта проверка выполнится снова.</translation>
    </message>
</context>
<context>
    <name>o365::IisInventoryCheck</name>
    <message>
        <source>Optional: run the command below on the gateway host (PowerShell, as Administrator) and paste its output to fill this step.</source>
        <translation>Необязательно: выполните команду ниже на узле шлюза (PowerShell, от имени администратора) и вставьте её вывод, чтобы заполнить этот шаг.</translation>
    </message>
    <message>
        <source>The output was read (%1 bindings, %2 applications). Enter the URL (step 1e) and the IP address (step 1g) to find the site.</source>
        <translation>Вывод прочитан (привязок: %1, приложений: %2). Введите URL (шаг 1e) и IP-адрес (шаг 1g), чтобы найти сайт.</translation>
    </message>
    <message>
        <source>%1 Its root directory %2 has no %3: the KB says to contact Parallels support.</source>
        <translation>%1 В корневом каталоге %2 нет %3: согласно KB, обратитесь в службу поддержки Parallels.</translation>
    </message>
    <message>
        <source>%1 Its root directory %2 holds %3.</source>
        <translation>%1 Корневой каталог %2 содержит %3.</translation>
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
        <translation>В таблице нет функций выше установленной версии %1 и не выше версии пакета %2: вручную развёртывать нечего.</translation>
    </message>
    <message>
        <source>Features added after %1 up to %2 that the upgrade does not deploy: mark each as deployed, or defer it with a reason.</source>
        <translation>Функции, добавленные после %1 и до %2 включительно, которые обновление не развёртывает: отметьте каждую как развёрнутую или отложите её с указанием причины.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Deployed</source>
        <translation>Развёрнуто</translation>
    </message>
    <message>
        <source>Defer…</source>
        <translation>Отложить…</translation>
    </message>
    <message>
        <source>Why is this feature deferred? (required)</source>
        <translation>Почему эта функция отложена? (обязательно)</translation>
    </message>
    <message>
        <source>Defer</source>
        <translation>Отложить</translation>
    </message>
</context>
<context>
    <name>o365::PaApiAnswer</name>
    <message>
        <source>PA at %1 took the call %2 but sent no answer within %3 seconds: PA may be overloaded. Re-run later, or confirm by hand.</source>
        <translation>PA по адресу %1 принял вызов %2, но не ответил в течение %3 с: возможно, PA перегружен. Повторите позже или подтвердите вручную.</translation>
    </message>
    <message>
        <source>No connection to the PA API at %1 within %2 seconds: the host is down, or a firewall drops the traffic to its port. Check that this computer can reach it, then re-run.</source>
        <translation>Нет соединения с PA API по адресу %1 в течение %2 с: узел не работает, или брандмауэр отбрасывает трафик на его порт. Проверьте, что этот компьютер может до него достучаться, затем повторите.</translation>
    </message>
    <message>
        <source>Timed out after %1 ms.</source>
        <translation>Время ожидания истекло через %1 мс.</translation>
    </message>
    <message>
        <source>PA at %1 answered %2 with more than %3 MiB: the reply is refused. Confirm this step by hand.</source>
        <translation>PA по адресу %1 ответил на %2 более чем %3 МиБ данных: ответ отклонён. Подтвердите этот шаг вручную.</translation>
    </message>
    <message>
        <source>%1 bytes received before the reply was cut off.</source>
        <translation>До обрыва ответа получено байт: %1.</translation>
    </message>
    <message>
        <source>The certificate of the PA API at %1 is not trusted: %2. Install the CA that issued it on this computer (or give it with --ca-file), then re-run.</source>
        <translation>Сертификату PA API по адресу %1 нет доверия: %2. Установите на этот компьютер выдавший его ЦС (или укажите его через --ca-file), затем повторите.</translation>
    </message>
    <message>
        <source>PA at %1 refused the login &quot;%2&quot; (HTTP 401): check the API login and password, then re-run.</source>
        <translation>PA по адресу %1 отклонил логин «%2» (HTTP 401): проверьте логин и пароль API, затем повторите.</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 where the PA API answers 200: check the API address (port 8440, path /RPC2).</source>
        <translation>%1 ответил HTTP %2, тогда как PA API отвечает 200: проверьте адрес API (порт 8440, путь /RPC2).</translation>
    </message>
    <message>
        <source>%1 refused the connection: nothing listens for the PA API there. Check the address and port (8440 by default) and that the public API is enabled, then re-run.</source>
        <translation>%1 отклонил соединение: PA API там не отвечает. Проверьте адрес и порт (по умолчанию 8440) и что публичный API включён, затем повторите.</translation>
    </message>
    <message>
        <source>%1 was not found in DNS from this computer: check the PA API address.</source>
        <translation>С этого компьютера %1 в DNS не найден: проверьте адрес PA API.</translation>
    </message>
    <message>
        <source>The TLS handshake with the PA API at %1 failed (%2).</source>
        <translation>Не удалось установить TLS-соединение с PA API по адресу %1 (%2).</translation>
    </message>
    <message>
        <source>Calling %1 on %2 failed: %3</source>
        <translation>Вызов %1 на %2 не выполнен: %3</translation>
    </message>
    <message>
        <source>The answer of PA at %1 to %2 is not a valid XML-RPC reply: %3. Confirm this step by hand.</source>
        <translation>Ответ PA по адресу %1 на %2 — недопустимый ответ XML-RPC: %3. Подтвердите этот шаг вручную.</translation>
    </message>
    <message>
        <source>This PA does not know the API method %1 (&quot;%2&quot;). Confirm this step by hand.</source>
        <translation>Этот PA не знает метод API %1 («%2»). Подтвердите этот шаг вручную.</translation>
    </message>
    <message>
        <source>PA at %1 answered %2 with a fault (%3): %4</source>
        <translation>PA по адресу %1 ответил на %2 ошибкой (%3): %4</translation>
    </message>
    <message>
        <source>The answer of PA at %1 to %2 is not a struct {status, result}: %3</source>
        <translation>Ответ PA по адресу %1 на %2 — не структура {status, result}: %3</translation>
    </message>
    <message>
        <source>The answer of PA at %1 to %2 has a status that is not a number: %3</source>
        <translation>В ответе PA по адресу %1 на %2 поле status — не число: %3</translation>
    </message>
    <message>
        <source>PA answered %1 with error status %2%3 and no message.</source>
        <translation>PA ответил на %1 кодом ошибки %2%3 без сообщения.</translation>
    </message>
    <message>
        <source>PA answered %1 with an error%2: %3</source>
        <translation>PA ответил на %1 ошибкой%2: %3</translation>
    </message>
    <message>
        <source>Add this computer&apos;s IP address to the Public API&apos;s Allowed Networks — POA 5.x: Top &gt; System Director &gt; Public API Manager &gt; Allowed Networks; OA 7 and later: System &gt; Settings &gt; Public API, &quot;Only from allowed networks&quot; (CloudBlue KB 121937) — then re-run.</source>
        <translation>Добавьте IP-адрес этого компьютера в Allowed Networks публичного API — POA 5.x: Top &gt; System Director &gt; Public API Manager &gt; Allowed Networks; OA 7 и новее: System &gt; Settings &gt; Public API, «Only from allowed networks» (CloudBlue KB 121937) — затем повторите проверку.</translation>
    </message>
    <message>
        <source>PA at %1 refused the call (HTTP 403 Forbidden). PA accepts API calls only from allowed networks. %2</source>
        <translation>PA на %1 отклонила вызов (HTTP 403 Forbidden). PA принимает вызовы API только из разрешённых сетей. %2</translation>
    </message>
    <message>
        <source>PA at %1 closed the connection without answering %2: this computer&apos;s address is probably not in the Public API&apos;s Allowed Networks. %3 Otherwise the address may use http where PA expects https on that port, or the reverse: check the scheme of the API address.</source>
        <translation>PA на %1 закрыла соединение, не ответив на %2: вероятно, адреса этого компьютера нет в Allowed Networks публичного API. %3 Иначе адрес, возможно, использует http там, где PA ждёт на этом порту https, или наоборот: проверьте схему адреса API.</translation>
    </message>
    <message>
        <source>PA at %1 refuses API calls from this computer (&quot;%2&quot;). %3</source>
        <translation>PA на %1 отклоняет вызовы API с этого компьютера («%2»). %3</translation>
    </message>
    <message>
        <source>Unexpected answer from %1 at %2: it has no status (fields present: %3). Confirm this step by hand.</source>
        <translation>Неожиданный ответ %1 на %2: в нём нет статуса (имеющиеся поля: %3). Подтвердите этот шаг вручную.</translation>
    </message>
    <message>
        <source>module %1</source>
        <translation>модуль %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> в %1</translation>
    </message>
</context>
<context>
    <name>o365::PaApiCheck</name>
    <message>
        <source>The PA public API at %1 did not answer within %2 seconds. Re-run later, or confirm this step by hand.</source>
        <translation>Публичный API PA по адресу %1 не ответил в течение %2 с. Повторите позже или подтвердите этот шаг вручную.</translation>
    </message>
    <message>
        <source>The PA public API is not configured (address and login), so this is not checked automatically. Confirm by hand: %1</source>
        <translation>Публичный API PA не настроен (адрес и логин), поэтому автоматическая проверка не выполняется. Подтвердите вручную: %1</translation>
    </message>
    <message>
        <source>, or confirm by hand: %1</source>
        <translation>, или подтвердите вручную: %1</translation>
    </message>
    <message>
        <source>%1 Confirm by hand: %2</source>
        <translation>%1 Подтвердите вручную: %2</translation>
    </message>
    <message>
        <source>This PA does not offer the API method %1 (system.listMethods does not list it). Confirm this step by hand.</source>
        <translation>Эта PA не предоставляет метод API %1 (system.listMethods его не перечисляет). Подтвердите этот шаг вручную.</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
            <numerusform> и ещё %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Unexpected answer from %1: %2 (fields present: %3). Confirm by hand: %4</source>
        <translation>Неожиданный ответ %1: %2 (имеющиеся поля: %3). Подтвердите вручную: %4</translation>
    </message>
    <message>
        <source>it lacks %1</source>
        <translation>в нём нет %1</translation>
    </message>
</context>
<context>
    <name>o365::PaApiClient</name>
    <message>
        <source>This PA does not offer the API method %1. Confirm this step by hand.</source>
        <translation>Этот PA не предоставляет метод API %1. Подтвердите этот шаг вручную.</translation>
    </message>
    <message>
        <source>The PA public API is not configured (its address and login): confirm by hand, or enter them and re-run.</source>
        <translation>Публичный API PA не настроен (адрес и логин): подтвердите вручную или введите их и повторите.</translation>
    </message>
    <message>
        <source>The call %1 could not be encoded: %2</source>
        <translation>Не удалось закодировать вызов %1: %2</translation>
    </message>
    <message>
        <source>The PA API address uses plain http: the password of %1 and every answer cross the network to %2 unencrypted. PA&apos;s public API also answers over https (https://%2:8440/RPC2); its certificate is often PA&apos;s own, so give its CA with --ca-file or accept its fingerprint once.</source>
        <translation>Адрес PA API использует незашифрованный http: пароль %1 и каждый ответ передаются по сети к %2 без шифрования. Публичный API PA отвечает и по https (https://%2:8440/RPC2); его сертификат часто собственный сертификат PA, поэтому укажите его ЦС через --ca-file или один раз примите его отпечаток.</translation>
    </message>
    <message>
        <source>the PA login</source>
        <translation>учётной записи PA</translation>
    </message>
    <message>
        <source>%1 You agreed to plain http for %2; it is recorded in the session and the report.</source>
        <translation>%1 Вы согласились на незашифрованный http для %2; это записано в сеансе и отчёте.</translation>
    </message>
    <message>
        <source>%1 The PA API checks do not run until you agree to plain http for %2 (on the PA Application page, or --allow-plain-http %2 with --check).</source>
        <translation>%1 Проверки PA API не выполняются, пока вы не согласитесь на незашифрованный http для %2 (на странице «Приложение PA» или через --allow-plain-http %2 с --check).</translation>
    </message>
</context>
<context>
    <name>o365::PaApiParse</name>
    <message>
        <source>a list of instances</source>
        <translation>список экземпляров</translation>
    </message>
    <message>
        <source>a list of resource types</source>
        <translation>список типов ресурсов</translation>
    </message>
    <message>
        <source>a list of {name, value} settings (the result is %1)</source>
        <translation>список параметров {name, value} (результат: %1)</translation>
    </message>
    <message>
        <source>a list of service templates</source>
        <translation>список шаблонов служб</translation>
    </message>
    <message>
        <source>%1 (%2, not %3)</source>
        <translation>%1 (%2, а не %3)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 у %2</translation>
    </message>
    <message>
        <source>a positive integer</source>
        <translation>положительное целое число</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>строка</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>запись %1</translation>
    </message>
    <message>
        <source>%1 (the result is %2)</source>
        <translation>%1 (результат: %2)</translation>
    </message>
    <message>
        <source>%1 (%2, not a struct)</source>
        <translation>%1 (%2, а не struct)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>ничего</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>целое число</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>логическое значение</translation>
    </message>
    <message>
        <source>a double</source>
        <translation>число с плавающей точкой</translation>
    </message>
    <message>
        <source>a struct</source>
        <translation>struct</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>список</translation>
    </message>
    <message>
        <source>a date</source>
        <translation>дата</translation>
    </message>
    <message>
        <source>base64 data</source>
        <translation>данные base64</translation>
    </message>
    <message>
        <source>a value of type %1</source>
        <translation>значение типа %1</translation>
    </message>
    <message>
        <source>none (an empty struct)</source>
        <translation>нет (пустой struct)</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
            <numerusform>и ещё %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a list of %n entries; the first has %1</source>
        <translation>
            <numerusform>список из %n записи; в первой есть %1</numerusform>
            <numerusform>список из %n записей; в первой есть %1</numerusform>
            <numerusform>список из %n записей; в первой есть %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a list of %n entries</source>
        <translation>
            <numerusform>список из %n записи</numerusform>
            <numerusform>список из %n записей</numerusform>
            <numerusform>список из %n записей</numerusform>
        </translation>
    </message>
    <message>
        <source>none (%1)</source>
        <translation>нет (%1)</translation>
    </message>
    <message>
        <source>result[0].value is not there as a string (the answer holds %1)</source>
        <translation>result[0].value отсутствует как строка (в ответе: %1)</translation>
    </message>
    <message>
        <source>result[0].value is not XML with a &lt;ClientVersion&gt; (%1 at line %2)</source>
        <translation>result[0].value не является XML с &lt;ClientVersion&gt; (%1 в строке %2)</translation>
    </message>
    <message>
        <source>result[0].value has no &lt;ClientVersion&gt; element</source>
        <translation>в result[0].value нет элемента &lt;ClientVersion&gt;</translation>
    </message>
    <message>
        <source>&lt;ClientVersion&gt; holds &quot;%1&quot;, which has no dotted version</source>
        <translation>&lt;ClientVersion&gt; содержит «%1», в котором нет номера версии с точками</translation>
    </message>
    <message>
        <source>the instance (the result is %1, not a struct)</source>
        <translation>экземпляр (результат — %1, а не struct)</translation>
    </message>
    <message>
        <source>a list of service resource types</source>
        <translation>список типов ресурсов службы</translation>
    </message>
    <message>
        <source>resource_types (fields present: %1)</source>
        <translation>resource_types (имеющиеся поля: %1)</translation>
    </message>
    <message>
        <source>var_name and var_value of act_params entry %1 of resource type %2 (fields present: %3)</source>
        <translation>var_name и var_value записи act_params %1 типа ресурса %2 (имеющиеся поля: %3)</translation>
    </message>
</context>
<context>
    <name>o365::PaApiVersionCheck</name>
    <message>
        <source>read the PA version in the Provider Control Panel; POA %1 or later is required.</source>
        <translation>посмотрите версию PA в Provider Control Panel; требуется POA %1 или новее.</translation>
    </message>
    <message>
        <source>PA reports version %1 (found at %2): older than %3. The Microsoft Office 365 Application Package requires POA %3 or later. Upgrade PA first.</source>
        <translation>PA сообщает версию %1 (найдена в %2): старше %3. Для Microsoft Office 365 Application Package требуется POA %3 или новее. Сначала обновите PA.</translation>
    </message>
    <message>
        <source>PA reports version %1 (found at %2): it meets the requirement (POA %3 or later).</source>
        <translation>PA сообщает версию %1 (найдена в %2): требование выполнено (POA %3 или новее).</translation>
    </message>
    <message>
        <source>no PA version in either report (report-for-cep: %1; poaVersion: no dotted version in %2)</source>
        <translation>ни в одном из отчётов нет версии PA (report-for-cep: %1; poaVersion: нет номера версии в %2)</translation>
    </message>
</context>
<context>
    <name>o365::PaApplicationPage</name>
    <message>
        <source>PA public API (optional: without it, steps 2–4 are confirmed by hand)</source>
        <translation>Публичный API PA (необязательно: без него шаги 2–4 подтверждаются вручную)</translation>
    </message>
    <message>
        <source>https://pa.example.com:8440/RPC2</source>
        <translation>https://pa.example.com:8440/RPC2</translation>
    </message>
    <message>
        <source>kept in the keychain, never in the session</source>
        <translation>хранится в связке ключей, никогда в сеансе</translation>
    </message>
    <message>
        <source>the ID of the Office 365 application in PA</source>
        <translation>ID приложения Office 365 в PA</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Адрес API:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Логин:</translation>
    </message>
    <message>
        <source>&amp;Save in keychain</source>
        <translation>Со&amp;хранить в связке ключей</translation>
    </message>
    <message>
        <source>Keep the password in memory until the wizard closes; nothing is stored.</source>
        <translation>Хранить пароль в памяти до закрытия мастера; ничего не сохраняется.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Па&amp;роль:</translation>
    </message>
    <message>
        <source>Application &amp;ID:</source>
        <translation>&amp;ID приложения:</translation>
    </message>
    <message>
        <source>Enter the API address and the login first: the password is kept for that login at that host.</source>
        <translation>Сначала введите адрес API и логин: пароль хранится для этого логина на этом узле.</translation>
    </message>
    <message>
        <source>Type the password first.</source>
        <translation>Сначала введите пароль.</translation>
    </message>
    <message>
        <source>The password for %1 is used for this run only: it is not stored anywhere.</source>
        <translation>Пароль для %1 используется только в этом сеансе: он нигде не сохраняется.</translation>
    </message>
    <message>
        <source>No keychain is available here: the password for %1 is used for this run only.</source>
        <translation>Связка ключей здесь недоступна: пароль для %1 используется только в этом сеансе.</translation>
    </message>
    <message>
        <source>The password for %1 is saved in the keychain.</source>
        <translation>Пароль для %1 сохранён в связке ключей.</translation>
    </message>
    <message>
        <source>The keychain cannot be used, so the password was not saved: %1
Click &quot;Use for this run only&quot; to use it until the wizard closes, without storing it.</source>
        <translation>Связку ключей использовать нельзя, поэтому пароль не сохранён: %1
Нажмите «Только на этот сеанс», чтобы использовать его до закрытия мастера без сохранения.</translation>
    </message>
    <message>
        <source>The password could not be saved: %1</source>
        <translation>Не удалось сохранить пароль: %1</translation>
    </message>
    <message>
        <source>Use for this r&amp;un only</source>
        <translation>Только на этот &amp;сеанс</translation>
    </message>
    <message>
        <source>Send the PA password to %1 over plain &amp;http anyway (recorded in the session and the report)</source>
        <translation>Всё равно отправить пароль PA на %1 по незашифрованному &amp;http (записывается в сеанс и отчёт)</translation>
    </message>
</context>
<context>
    <name>o365::PaAutoprovisioningCheck</name>
    <message>
        <source>in the &apos;Office 365 Application&apos; resource types, Autoprovisioning is Yes for the application service &quot;%1&quot;.</source>
        <translation>в типах ресурсов &apos;Office 365 Application&apos; параметр Autoprovisioning для службы приложения «%1» установлен в Yes.</translation>
    </message>
    <message>
        <source>Enter the ID of the Office 365 application in PA. Or confirm by hand: %1</source>
        <translation>Введите ID приложения Office 365 в PA. Или подтвердите вручную: %1</translation>
    </message>
    <message>
        <source>PA lists no instances of application %1, so no resource type could be read. Confirm by hand: %2</source>
        <translation>PA не показывает ни одного экземпляра приложения %1, поэтому прочитать типы ресурсов не удалось. Подтвердите вручную: %2</translation>
    </message>
    <message>
        <source>resource type %1 (instance #%2)</source>
        <translation>тип ресурса %1 (экземпляр №%2)</translation>
    </message>
    <message>
        <source>Autoprovisioning is not Yes for the &quot;%1&quot; service in %2. Set it to Yes (step 2), then re-run.</source>
        <translation>Autoprovisioning для службы «%1» в %2 не установлен в Yes. Установите Yes (шаг 2), затем повторите.</translation>
    </message>
    <message>
        <source>Autoprovisioning is Yes for the &quot;%1&quot; service in %2.</source>
        <translation>Autoprovisioning для службы «%1» в %2 установлен в Yes.</translation>
    </message>
    <message>
        <source>%1 (instance #%2)</source>
        <translation>%1 (экземпляр #%2)</translation>
    </message>
    <message>
        <source>PA lists no resource type for the &quot;%1&quot; service of application %2. Confirm by hand that one exists with Autoprovisioning = Yes.</source>
        <translation>PA не перечисляет ни одного типа ресурса для службы «%1» приложения %2. Подтвердите вручную, что такой существует и Autoprovisioning = Yes.</translation>
    </message>
    <message>
        <source>%1 has no autoprovide_service among its activation parameters (%2)</source>
        <translation>у %1 нет autoprovide_service среди параметров активации (%2)</translation>
    </message>
    <message>
        <source>%1 lacks act_params in service template %2</source>
        <translation>у %1 нет act_params в шаблоне услуг %2</translation>
    </message>
    <message>
        <source>%1 has autoprovide_service = %2, neither &quot;1&quot; nor &quot;0&quot;</source>
        <translation>у %1 autoprovide_service = %2, не «1» и не «0»</translation>
    </message>
    <message>
        <source>%1 is in no service template, and PA gives a resource type&apos;s activation parameters only with a template, so Autoprovisioning could not be read. Confirm by hand: %2</source>
        <translation>%1 не входит ни в один шаблон услуг, а PA выдаёт параметры активации типа ресурса только вместе с шаблоном, поэтому Autoprovisioning прочитать не удалось. Подтвердите вручную: %2</translation>
    </message>
</context>
<context>
    <name>o365::PaCredentialedCheck</name>
    <message>
        <source>No PA API password is stored for %1 at %2: enter it on the PA Application page and save it in the keychain (or use it for this run only). Until then, confirm this step by hand.</source>
        <translation>Для %1 на %2 не сохранён пароль PA API: введите его на странице «Приложение PA» и сохраните в связке ключей (или используйте только на этот сеанс). До тех пор подтвердите этот шаг вручную.</translation>
    </message>
    <message>
        <source>The PA API password for %1 at %2 could not be read: %3 Until then, confirm this step by hand.</source>
        <translation>Не удалось прочитать пароль PA API для %1 на %2: %3 До тех пор подтвердите этот шаг вручную.</translation>
    </message>
    <message>
        <source>The PA API password could not be read, or the PA public API did not answer, within %1 seconds. Re-run later, or confirm this step by hand.</source>
        <translation>За %1 с не удалось прочитать пароль PA API, или публичный API PA не ответил. Повторите позже или подтвердите этот шаг вручную.</translation>
    </message>
</context>
<context>
    <name>o365::PaCredentials</name>
    <message>
        <source>No keychain is available to this run, so the PA API password cannot be read.</source>
        <translation>В этом запуске нет связки ключей, поэтому пароль PA API прочитать нельзя.</translation>
    </message>
    <message>
        <source>The stored PA API password is empty.</source>
        <translation>Сохранённый пароль PA API пуст.</translation>
    </message>
</context>
<context>
    <name>o365::PaEmptyServiceSetCheck</name>
    <message>
        <source>Step 4 does not apply: the synchronization script is not used on this installation.</source>
        <translation>Шаг 4 не применяется: в этой установке сценарий синхронизации не используется.</translation>
    </message>
    <message>
        <source>an &quot;Empty Service Set&quot; application service resource type exists with Included Offers and Trial Offer ID set to %1, and it is included in the Office 365 service templates.</source>
        <translation>существует тип ресурса службы приложения «Empty Service Set» с Included Offers и Trial Offer ID, равными %1, и он включён в шаблоны служб Office 365.</translation>
    </message>
    <message numerus="yes">
        <source>There is no &quot;Empty Service Set&quot; resource type among the %n resource type(s) of class %1. Create it (step 4) with Included Offers and Trial Offer ID set to %2, include it in the Office 365 service templates, then re-run.</source>
        <translation>
            <numerusform>Среди типов ресурсов класса %1 (всего: %n) нет «Empty Service Set». Создайте его (шаг 4) с Included Offers и Trial Offer ID, равными %2, включите в шаблоны служб Office 365, затем повторите.</numerusform>
            <numerusform>Среди типов ресурсов класса %1 (всего: %n) нет «Empty Service Set». Создайте его (шаг 4) с Included Offers и Trial Offer ID, равными %2, включите в шаблоны служб Office 365, затем повторите.</numerusform>
            <numerusform>Среди типов ресурсов класса %1 (всего: %n) нет «Empty Service Set». Создайте его (шаг 4) с Included Offers и Trial Offer ID, равными %2, включите в шаблоны служб Office 365, затем повторите.</numerusform>
        </translation>
    </message>
    <message>
        <source>Included Offers is &quot;%1&quot;</source>
        <translation>Included Offers равен «%1»</translation>
    </message>
    <message>
        <source>Trial Offer ID is &quot;%1&quot;</source>
        <translation>Trial Offer ID равен «%1»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The Empty Service Set resource type is not set up as step 4 requires — %1. Set both activation parameters to %2, then re-run.</source>
        <translation>Тип ресурса Empty Service Set настроен не так, как требует шаг 4, — %1. Установите оба параметра активации в %2, затем повторите.</translation>
    </message>
    <message>
        <source>Existing Office 365 subscriptions must be updated accordingly (not readable through the API).</source>
        <translation>Существующие подписки Office 365 необходимо соответствующим образом обновить (через API это не проверить).</translation>
    </message>
    <message>
        <source>The Empty Service Set resource type %1 has Included Offers and Trial Offer ID set to %2 and is included in every service template: %3. %4</source>
        <translation>У типа ресурса Empty Service Set %1 Included Offers и Trial Offer ID равны %2, и он включён во все шаблоны служб: %3. %4</translation>
    </message>
    <message>
        <source>The Empty Service Set resource type %1 is set up and included in %2, but not in %3. PA does not say which templates are the Office 365 ones. Confirm by hand: none of %3 is an Office 365 service template (or include the Empty Service Set there), and the existing Office 365 subscriptions were updated accordingly.</source>
        <translation>Тип ресурса Empty Service Set %1 настроен и включён в %2, но не в %3. PA не сообщает, какие шаблоны относятся к Office 365. Подтвердите вручную: ни один из %3 не является шаблоном служб Office 365 (или включите туда Empty Service Set), а существующие подписки Office 365 соответствующим образом обновлены.</translation>
    </message>
    <message>
        <source>PA lists no resource types of class %1: the class may be named differently on this installation. Confirm by hand: %2</source>
        <translation>PA не перечисляет типов ресурсов класса %1: возможно, на этой установке класс называется иначе. Подтвердите вручную: %2</translation>
    </message>
    <message>
        <source>the Empty Service Set resource type %1 has Included Offers and Trial Offer ID set to %2, is included in every Office 365 service template, and the existing Office 365 subscriptions were updated accordingly.</source>
        <translation>у типа ресурса Empty Service Set %1 параметры Included Offers и Trial Offer ID равны %2, он входит в каждый шаблон услуг Office 365, и существующие подписки Office 365 соответственно обновлены.</translation>
    </message>
    <message>
        <source>PA lists no service templates. Confirm by hand: %1</source>
        <translation>PA не перечисляет шаблонов услуг. Подтвердите вручную: %1</translation>
    </message>
    <message>
        <source>it lacks act_params of resource type %1 in service template %2</source>
        <translation>в нём нет act_params типа ресурса %1 в шаблоне услуг %2</translation>
    </message>
    <message>
        <source>Included Offers is not among its activation parameters (%1)</source>
        <translation>Included Offers нет среди его параметров активации (%1)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>нет</translation>
    </message>
    <message>
        <source>Trial Offer ID is not among its activation parameters (%1)</source>
        <translation>Trial Offer ID нет среди его параметров активации (%1)</translation>
    </message>
    <message numerus="yes">
        <source>The Empty Service Set resource type %1 is included in none of the %n service template(s) (%2), so its activation parameters (which PA gives only with a template) could not be read either. Include it in the Office 365 service templates (step 4), update the existing Office 365 subscriptions, then re-run.</source>
        <translation>
            <numerusform>Тип ресурса Empty Service Set %1 не входит ни в один из %n шаблона услуг (%2), поэтому и его параметры активации (PA выдаёт их только с шаблоном) прочитать не удалось. Включите его в шаблоны услуг Office 365 (шаг 4), обновите существующие подписки Office 365 и повторите проверку.</numerusform>
            <numerusform>Тип ресурса Empty Service Set %1 не входит ни в один из %n шаблонов услуг (%2), поэтому и его параметры активации (PA выдаёт их только с шаблоном) прочитать не удалось. Включите его в шаблоны услуг Office 365 (шаг 4), обновите существующие подписки Office 365 и повторите проверку.</numerusform>
            <numerusform>Тип ресурса Empty Service Set %1 не входит ни в один из %n шаблонов услуг (%2), поэтому и его параметры активации (PA выдаёт их только с шаблоном) прочитать не удалось. Включите его в шаблоны услуг Office 365 (шаг 4), обновите существующие подписки Office 365 и повторите проверку.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>o365::PaInstancesCheck</name>
    <message>
        <source>list the Office 365 application instances and their versions in the Provider Control Panel.</source>
        <translation>просмотрите список экземпляров приложения Office 365 и их версии в Provider Control Panel.</translation>
    </message>
    <message>
        <source>check in the Provider Control Panel that every Office 365 application instance is at the new version and Ready.</source>
        <translation>проверьте в Provider Control Panel, что каждый экземпляр приложения Office 365 имеет новую версию и состояние Ready.</translation>
    </message>
    <message>
        <source>Enter the ID of the Office 365 application in PA to list its instances. Or confirm by hand: %1</source>
        <translation>Введите ID приложения Office 365 в PA, чтобы получить список его экземпляров. Или подтвердите вручную: %1</translation>
    </message>
    <message>
        <source>PA lists no instances of application %1. Check the application ID; if there are none, there is nothing to upgrade. Confirm by hand: %2</source>
        <translation>PA не показывает ни одного экземпляра приложения %1. Проверьте ID приложения; если экземпляров нет, обновлять нечего. Подтвердите вручную: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n instance(s) of application %1: %2.</source>
        <translation>
            <numerusform>%n экземпляр приложения %1: %2.</numerusform>
            <numerusform>%n экземпляра приложения %1: %2.</numerusform>
            <numerusform>%n экземпляров приложения %1: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>not at version %1: %2</source>
        <translation>не в версии %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>All %n instance(s) are at version %1 or later and Ready: %2.</source>
        <translation>
            <numerusform>Все экземпляры (%n) имеют версию %1 или новее и состояние Ready: %2.</numerusform>
            <numerusform>Все экземпляры (%n) имеют версию %1 или новее и состояние Ready: %2.</numerusform>
            <numerusform>Все экземпляры (%n) имеют версию %1 или новее и состояние Ready: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>#%1: %2</source>
        <translation>#%1: %2</translation>
    </message>
    <message>
        <source>unexpected status &apos;%1&apos; of #%2 (none of PA&apos;s documented states)</source>
        <translation>неожиданный статус «%1» у #%2 (ни одно из документированных состояний PA)</translation>
    </message>
    <message>
        <source>Busy — let PA finish these before the bulk upgrade, then re-check: %1.</source>
        <translation>Заняты — дайте PA завершить их до массового обновления, затем проверьте снова: %1.</translation>
    </message>
    <message>
        <source>Disabled, so not ready: %1.</source>
        <translation>Отключены, значит не готовы: %1.</translation>
    </message>
    <message>
        <source>busy, wait until PA finishes and re-check: %1</source>
        <translation>заняты, дождитесь завершения в PA и проверьте снова: %1</translation>
    </message>
    <message>
        <source>not ready (Disabled): %1</source>
        <translation>не готовы (Disabled): %1</translation>
    </message>
    <message>
        <source>Not every instance is upgraded and Ready — %1. Wait for running tasks, enable what is disabled, run the bulk upgrade (step 3) again for the rest, then re-run.</source>
        <translation>Не все экземпляры обновлены и в состоянии Ready — %1. Дождитесь выполняющихся задач, включите отключённые, снова запустите массовое обновление (шаг 3) для остальных и повторите проверку.</translation>
    </message>
    <message>
        <source>PA&apos;s answer for the others was unexpected: %1.</source>
        <translation>Ответ PA для остальных был неожиданным: %1.</translation>
    </message>
    <message>
        <source>Instances: %1. But the package&apos;s version is not known, so the versions could not be compared: confirm by hand that every instance is at the new version and Ready.</source>
        <translation>Экземпляры: %1. Но версия пакета неизвестна, поэтому версии сравнить не удалось: подтвердите вручную, что каждый экземпляр имеет новую версию и состояние Ready.</translation>
    </message>
</context>
<context>
    <name>o365::PaMosiUrlLookup</name>
    <message>
        <source>The PA public API is not configured (address, login and application ID on the PA Application page): enter the URL for MOSI Connector by hand.</source>
        <translation>Публичный API PA не настроен (адрес, логин и ID приложения на странице «Приложение PA»): введите URL for MOSI Connector вручную.</translation>
    </message>
    <message>
        <source>The PA API password is not available from the keychain (%1): save it on the PA Application page, or enter the URL for MOSI Connector by hand.</source>
        <translation>Пароль PA API недоступен в связке ключей (%1): сохраните его на странице «Приложение PA» или введите URL for MOSI Connector вручную.</translation>
    </message>
    <message>
        <source>not stored</source>
        <translation>не сохранён</translation>
    </message>
    <message>
        <source>%1 Enter the URL for MOSI Connector by hand.</source>
        <translation>%1 Введите URL for MOSI Connector вручную.</translation>
    </message>
    <message>
        <source>PA lists no instances of application %1: check the application ID, or enter the URL for MOSI Connector by hand.</source>
        <translation>PA не показывает ни одного экземпляра приложения %1: проверьте ID приложения или введите URL for MOSI Connector вручную.</translation>
    </message>
    <message>
        <source>instance #%1: %2</source>
        <translation>экземпляр №%1: %2</translation>
    </message>
    <message>
        <source>Read from PA (application %1) — %2.</source>
        <translation>Прочитано из PA (приложение %1) — %2.</translation>
    </message>
</context>
<context>
    <name>o365::PaMosiUrlReader</name>
    <message>
        <source>%1 Enter the URL for MOSI Connector by hand.</source>
        <translation>%1 Введите URL for MOSI Connector вручную.</translation>
    </message>
    <message>
        <source>The URL for MOSI Connector of instance #%1 is %2.</source>
        <translation>URL for MOSI Connector экземпляра №%1: %2.</translation>
    </message>
    <message>
        <source>The settings of instance #%1 hold no URL for MOSI Connector%2. Enter it by hand.</source>
        <translation>В настройках экземпляра №%1 нет URL for MOSI Connector%2. Введите его вручную.</translation>
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
        <translation>«%1» (#%2)</translation>
    </message>
    <message>
        <source>%1 (service template #%2)</source>
        <translation>%1 (шаблон услуг #%2)</translation>
    </message>
</context>
<context>
    <name>o365::PaVersionCheck</name>
    <message>
        <source>Enter the PA (POA) version, as shown in the Provider Control Panel.</source>
        <translation>Введите версию PA (POA), как она показана в Provider Control Panel.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a version number. Enter it as 5.4.4 or 5.5.</source>
        <translation>«%1» — не номер версии. Введите его в виде 5.4.4 или 5.5.</translation>
    </message>
    <message>
        <source>PA %1 is older than %2: the Microsoft Office 365 Application Package requires POA %2 or later. Upgrade PA first.</source>
        <translation>PA %1 старше %2: для Microsoft Office 365 Application Package требуется POA %2 или новее. Сначала обновите PA.</translation>
    </message>
    <message>
        <source>PA %1 meets the requirement (POA %2 or later).</source>
        <translation>PA %1 соответствует требованию (POA %2 или новее).</translation>
    </message>
</context>
<context>
    <name>o365::PearCheck</name>
    <message>
        <source>The versions of the application instances are not known yet: enter them on the Start page (or read them from PA), then re-run this check.</source>
        <translation>Версии экземпляров приложения пока неизвестны: введите их на начальной странице (или прочитайте из PA), затем повторите эту проверку.</translation>
    </message>
    <message>
        <source>Some application instance versions cannot be read (%1): correct them on the Start page, then re-run this check.</source>
        <translation>Некоторые версии экземпляров приложения не удаётся разобрать (%1): исправьте их на начальной странице, затем повторите эту проверку.</translation>
    </message>
    <message>
        <source>No application instance is older than 4.0 (%1): HTTP_Request is not needed.</source>
        <translation>Ни один экземпляр приложения не старше 4.0 (%1): HTTP_Request не нужен.</translation>
    </message>
    <message>
        <source>Choose how to get the pear list output: over SSH, on this computer, or pasted.</source>
        <translation>Выберите, как получить вывод pear list: через SSH, на этом компьютере или вставкой.</translation>
    </message>
    <message>
        <source>Paste the output of pear list at step 2, or choose above to read it over ssh or on this computer.</source>
        <translation>Вставьте вывод pear list на шаге 2 или выберите выше чтение через ssh либо на этом компьютере.</translation>
    </message>
    <message>
        <source>HTTP_Request2 %1 is installed on %2.</source>
        <translation>HTTP_Request2 %1 установлен на %2.</translation>
    </message>
    <message>
        <source>HTTP_Request2 is not installed on %1. Run there: %2. The latest PEAR is required for it: if that fails, first run %3 and %4 (this installs or upgrades PEAR), then %2 again.</source>
        <translation>HTTP_Request2 не установлен на %1. Выполните там: %2. Для этого нужна последняя версия PEAR: если команда завершится ошибкой, сначала выполните %3 и %4 (это установит или обновит PEAR), затем снова %2.</translation>
    </message>
    <message>
        <source>Installed PEAR version: %1.</source>
        <translation>Установленная версия PEAR: %1.</translation>
    </message>
    <message>
        <source>HTTP_Request %1 is installed on %2, as the application instances older than 4.0 (%3) need.</source>
        <translation>HTTP_Request %1 установлен на %2, как требуется экземплярам приложения старше 4.0 (%3).</translation>
    </message>
    <message>
        <source>HTTP_Request is not installed on %1, but application instances older than 4.0 (%2) need it. Run there: %3.</source>
        <translation>HTTP_Request не установлен на %1, но он нужен экземплярам приложения старше 4.0 (%2). Выполните там: %3.</translation>
    </message>
    <message>
        <source>its PEAR installer is %1, and HTTP_Request2 needs 1.9.2 or later</source>
        <translation>его установщик PEAR — %1, а HTTP_Request2 нужна версия 1.9.2 или новее</translation>
    </message>
    <message>
        <source>its Net_URL2 is %1, and HTTP_Request2 needs 2.0.0 or later</source>
        <translation>его Net_URL2 — %1, а HTTP_Request2 нужна версия 2.0.0 или новее</translation>
    </message>
    <message>
        <source>HTTP_Request2 is not installed on %1, and %2. Upgrade first: run there %3, then %4. If the upgrade of PEAR fails, run %5 and %6 (this installs the current PEAR), then %4.</source>
        <translation>HTTP_Request2 не установлен на %1, и %2. Сначала обновите: выполните там %3, затем %4. Если обновление PEAR не удастся, выполните %5 и %6 (это установит текущий PEAR), затем %4.</translation>
    </message>
    <message>
        <source>, and </source>
        <translation>, и </translation>
    </message>
</context>
<context>
    <name>o365::PearList</name>
    <message>
        <source>pear is not installed there, or not on the PATH: &quot;%1&quot;. Install PEAR (for example the php-pear package, or go-pear) and run pear list again.</source>
        <translation>pear там не установлен или отсутствует в PATH: «%1». Установите PEAR (например, пакет php-pear или go-pear) и снова выполните pear list.</translation>
    </message>
    <message>
        <source>The output of pear list stops after its header &quot;%1&quot;: the &quot;Package Version State&quot; table is missing. Copy the complete output and try again.</source>
        <translation>Вывод pear list обрывается после заголовка «%1»: таблицы «Package Version State» нет. Скопируйте вывод полностью и попробуйте снова.</translation>
    </message>
    <message>
        <source>The output of pear list has a package table with no rows (channel %1): it looks cut off. Copy the complete output and try again.</source>
        <translation>В выводе pear list таблица пакетов без строк (канал %1): похоже, вывод обрезан. Скопируйте вывод полностью и попробуйте снова.</translation>
    </message>
    <message>
        <source>The output of pear list is empty. Run pear list and copy all it prints.</source>
        <translation>Вывод pear list пуст. Выполните pear list и скопируйте всё, что она выведет.</translation>
    </message>
    <message>
        <source>This is not the output of pear list: it has no &quot;Installed packages, channel ...:&quot; header. It begins with &quot;%1&quot;.</source>
        <translation>Это не вывод pear list: в нём нет заголовка «Installed packages, channel ...:». Он начинается с «%1».</translation>
    </message>
</context>
<context>
    <name>o365::PearListSource</name>
    <message>
        <source>this computer</source>
        <translation>этот компьютер</translation>
    </message>
    <message>
        <source>the pasted output</source>
        <translation>вставленный вывод</translation>
    </message>
    <message>
        <source>Enter the Provisioning Gateway Host&apos;s name or IP address.</source>
        <translation>Введите имя или IP-адрес Provisioning Gateway Host.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name: a host cannot begin with &quot;-&quot; (ssh would read it as an option).</source>
        <translation>«%1» — не имя узла: имя узла не может начинаться с «-» (ssh воспримет его как параметр).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name or IP address: use only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot; (or an IPv6 address), without a user name, port, spaces or options.</source>
        <translation>«%1» — не имя узла и не IP-адрес: используйте только буквы, цифры, «.», «-» и «_» (или адрес IPv6), без имени пользователя, порта, пробелов и параметров.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a user name: use only letters, digits, &quot;.&quot;, &quot;-&quot; and &quot;_&quot;, not beginning with &quot;-&quot; or &quot;.&quot;.</source>
        <translation>«%1» — не имя пользователя: используйте только буквы, цифры, «.», «-» и «_»; имя не должно начинаться с «-» или «.».</translation>
    </message>
    <message>
        <source>ssh to %1 did not finish within %2 seconds and was stopped. The host may be unreachable or filtered by a firewall, or pear list hangs there: log on to it and run pear list by hand.</source>
        <translation>ssh к %1 не завершился за %2 с и был остановлен. Возможно, узел недоступен или фильтруется брандмауэром, либо там зависает pear list: войдите на узел и выполните pear list вручную.</translation>
    </message>
    <message>
        <source>pear list did not finish within %1 seconds on this computer and was stopped.</source>
        <translation>pear list на этом компьютере не завершилась за %1 с и была остановлена.</translation>
    </message>
    <message>
        <source>No answer within %1 seconds.</source>
        <translation>Нет ответа в течение %1 с.</translation>
    </message>
    <message>
        <source>Killed after %1 ms.</source>
        <translation>Принудительно завершено через %1 мс.</translation>
    </message>
    <message>
        <source>ssh could not be started on this computer (%1). Install the OpenSSH client, or run pear list on the host and paste its output.</source>
        <translation>Не удалось запустить ssh на этом компьютере (%1). Установите клиент OpenSSH или выполните pear list на узле и вставьте её вывод.</translation>
    </message>
    <message>
        <source>pear is not installed on this computer, or not on the PATH (%1). Run pear list on the Provisioning Gateway Host instead.</source>
        <translation>pear не установлен на этом компьютере или отсутствует в PATH (%1). Выполните pear list на Provisioning Gateway Host.</translation>
    </message>
    <message>
        <source>%1 crashed while running pear list.</source>
        <translation>%1 аварийно завершился при выполнении pear list.</translation>
    </message>
    <message>
        <source>pear list failed on this computer (exit code %1): %2</source>
        <translation>pear list завершилась ошибкой на этом компьютере (код %1): %2</translation>
    </message>
    <message>
        <source>no error message</source>
        <translation>нет сообщения об ошибке</translation>
    </message>
    <message>
        <source>%1 is not known to DNS as seen from this computer (ssh: Could not resolve hostname). Check the spelling, or enter the host&apos;s IP address.</source>
        <translation>С этого компьютера %1 в DNS не найден (ssh: Could not resolve hostname). Проверьте написание или введите IP-адрес узла.</translation>
    </message>
    <message>
        <source>%1 refused the connection: no SSH server listens on that port. Check the port, and that sshd runs on the Provisioning Gateway Host.</source>
        <translation>%1 отклонил соединение: на этом порту нет SSH-сервера. Проверьте порт и что sshd работает на Provisioning Gateway Host.</translation>
    </message>
    <message>
        <source>The connection to %1 timed out: the host is down, or a firewall drops SSH from this computer.</source>
        <translation>Истекло время ожидания соединения с %1: узел не работает, или брандмауэр отбрасывает SSH с этого компьютера.</translation>
    </message>
    <message>
        <source>%1 cannot be reached from this computer (no route to host). Check the network path or VPN.</source>
        <translation>%1 недоступен с этого компьютера (no route to host). Проверьте сетевой маршрут или VPN.</translation>
    </message>
    <message>
        <source>The host key of %1 has CHANGED since this computer last connected: this may be a reinstalled host, or someone intercepting the connection. Confirm the new key with the host&apos;s administrator before removing the old one (ssh-keygen -R %1).</source>
        <translation>Ключ узла %1 ИЗМЕНИЛСЯ с последнего подключения этого компьютера: возможно, узел переустановлен, или кто-то перехватывает соединение. Сверьте новый ключ с администратором узла, прежде чем удалять старый (ssh-keygen -R %1).</translation>
    </message>
    <message>
        <source>The host key of %1 is not known to this computer, and the wizard never accepts an unknown key. Connect once from a terminal (ssh %2), compare the fingerprint with the host&apos;s administrator, accept it, then re-run.</source>
        <translation>Ключ узла %1 неизвестен этому компьютеру, а мастер никогда не принимает неизвестные ключи. Подключитесь один раз из терминала (ssh %2), сверьте отпечаток с администратором узла, примите ключ, затем повторите.</translation>
    </message>
    <message>
        <source>%1 refused to log in %2 with this computer&apos;s SSH keys (Permission denied). The wizard never asks for a password: load a key into ssh-agent or add this computer&apos;s public key to the user&apos;s authorized_keys, then re-run.</source>
        <translation>%1 не впустил %2 с SSH-ключами этого компьютера (Permission denied). Мастер никогда не запрашивает пароль: загрузите ключ в ssh-agent или добавьте открытый ключ этого компьютера в authorized_keys пользователя, затем повторите.</translation>
    </message>
    <message>
        <source>the default user</source>
        <translation>пользователя по умолчанию</translation>
    </message>
    <message>
        <source>ssh to %1 failed: %2</source>
        <translation>ssh к %1 завершился ошибкой: %2</translation>
    </message>
    <message>
        <source>pear is not installed on %1, or not on the PATH of a non-interactive login (pear: command not found). Install PEAR there: wget http://pear.php.net/go-pear.phar and php go-pear.phar (or the distribution&apos;s php-pear package), then run pear install HTTP_Request2.</source>
        <translation>pear не установлен на %1 или отсутствует в PATH неинтерактивного входа (pear: command not found). Установите там PEAR: wget http://pear.php.net/go-pear.phar и php go-pear.phar (или пакет php-pear дистрибутива), затем выполните pear install HTTP_Request2.</translation>
    </message>
    <message>
        <source>pear list failed on %1 (exit code %2): %3</source>
        <translation>pear list завершилась ошибкой на %1 (код %2): %3</translation>
    </message>
</context>
<context>
    <name>o365::ProvisioningPage</name>
    <message>
        <source>How to read pear list from the Provisioning Gateway Host</source>
        <translation>Как получить pear list с Provisioning Gateway Host</translation>
    </message>
    <message>
        <source>Over &amp;ssh (this computer&apos;s ssh and keys; no password is ever asked)</source>
        <translation>Через &amp;ssh (ssh и ключи этого компьютера; пароль никогда не запрашивается)</translation>
    </message>
    <message>
        <source>Run it &amp;here (this computer is the Provisioning Gateway Host)</source>
        <translation>&amp;Локально (этот компьютер и есть Provisioning Gateway Host)</translation>
    </message>
    <message>
        <source>&amp;Paste its output at step 2</source>
        <translation>&amp;Вставить вывод на шаге 2</translation>
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
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>Por&amp;t:</source>
        <translation>П&amp;орт:</translation>
    </message>
</context>
<context>
    <name>o365::ProxyAuthPrompt</name>
    <message>
        <source>Proxy authentication</source>
        <translation>Аутентификация на прокси</translation>
    </message>
    <message>
        <source>The proxy %1 did not accept the user name and password. Enter them again; they are kept for this run only.</source>
        <translation>Прокси %1 не принял имя пользователя и пароль. Введите их снова; они хранятся только до конца этого сеанса.</translation>
    </message>
    <message>
        <source>The proxy %1 asks for a user name and password. They are kept for this run only, never saved.</source>
        <translation>Прокси %1 запрашивает имя пользователя и пароль. Они хранятся только до конца этого сеанса и никогда не сохраняются.</translation>
    </message>
    <message>
        <source>Proxy user name</source>
        <translation>Имя пользователя прокси</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>Пароль прокси</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Пароль:</translation>
    </message>
</context>
<context>
    <name>o365::ProxyDialog</name>
    <message>
        <source>Network</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <source>How the wizard reaches the gateway applications and the PA API. A proxy password is asked for when the proxy wants one and kept for this run only.</source>
        <translation>Как мастер обращается к приложениям шлюза и к API PA. Пароль прокси запрашивается, когда прокси его требует, и хранится только до конца этого сеанса.</translation>
    </message>
    <message>
        <source>Use the &amp;system&apos;s proxy settings</source>
        <translation>Использовать настройки прокси &amp;системы</translation>
    </message>
    <message>
        <source>&amp;No proxy</source>
        <translation>&amp;Без прокси</translation>
    </message>
    <message>
        <source>&amp;Manual proxy (HTTP, CONNECT for https):</source>
        <translation>&amp;Ручная настройка прокси (HTTP, CONNECT для https):</translation>
    </message>
    <message>
        <source>Proxy host</source>
        <translation>Хост прокси</translation>
    </message>
    <message>
        <source>e.g. proxy.example.com</source>
        <translation>например, proxy.example.com</translation>
    </message>
    <message>
        <source>Proxy port</source>
        <translation>Порт прокси</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>Пользователь прокси</translation>
    </message>
    <message>
        <source>Only if the proxy asks for one</source>
        <translation>Только если прокси его запрашивает</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Имя пользователя:</translation>
    </message>
</context>
<context>
    <name>o365::ProxySettings</name>
    <message>
        <source>Enter the proxy&apos;s host name or address.</source>
        <translation>Введите имя хоста или адрес прокси.</translation>
    </message>
    <message>
        <source>The proxy host &quot;%1&quot; is not a host name or address (no scheme, path or spaces).</source>
        <translation>«%1» не является именем хоста или адресом прокси (без схемы, пути и пробелов).</translation>
    </message>
    <message>
        <source>Enter the proxy&apos;s port (1–65535).</source>
        <translation>Введите порт прокси (1–65535).</translation>
    </message>
</context>
<context>
    <name>o365::PublicKeyDialog</name>
    <message>
        <source>Save the trusted-keys line</source>
        <translation>Сохранить строку для доверенных ключей</translation>
    </message>
    <message>
        <source>Text files (*.txt);;All files (*)</source>
        <translation>Текстовые файлы (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>My public key</source>
        <translation>Мой открытый ключ</translation>
    </message>
    <message>
        <source>Reading the signing key of %1 from the keychain (it may ask to be unlocked)…</source>
        <translation>Чтение ключа подписи %1 из связки ключей (она может попросить разблокировки)…</translation>
    </message>
    <message>
        <source>Reading the key</source>
        <translation>Чтение ключа</translation>
    </message>
    <message>
        <source>Key fingerprint (SHA-256)</source>
        <translation>Отпечаток ключа (SHA-256)</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256):</source>
        <translation>Отпечаток (SHA-256):</translation>
    </message>
    <message>
        <source>The line for the team&apos;s trusted-keys file</source>
        <translation>Строка для файла доверенных ключей команды</translation>
    </message>
    <message>
        <source>&amp;Trusted-keys line:</source>
        <translation>&amp;Строка доверенного ключа:</translation>
    </message>
    <message>
        <source>Send this line to your team lead for the team&apos;s trusted-keys file; read the fingerprint out when they ask. Reports you sign then verify as signed by you.</source>
        <translation>Отправьте эту строку руководителю группы для файла доверенных ключей команды; зачитайте отпечаток, когда попросят. Подписанные вами отчёты будут тогда проверяться как подписанные вами.</translation>
    </message>
    <message>
        <source>&amp;Copy line</source>
        <translation>&amp;Копировать строку</translation>
    </message>
    <message>
        <source>Copy the trusted-keys line</source>
        <translation>Копировать строку доверенного ключа</translation>
    </message>
    <message>
        <source>&amp;Save to file…</source>
        <translation>&amp;Сохранить в файл…</translation>
    </message>
    <message>
        <source>Save the trusted-keys line to a file</source>
        <translation>Сохранить строку доверенного ключа в файл</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <source>Copied.</source>
        <translation>Скопировано.</translation>
    </message>
    <message>
        <source>Enter your name as the engineer on the Start page first: the key is kept under it.</source>
        <translation>Сначала введите своё имя как инженера на начальной странице: ключ хранится под этим именем.</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>A new signing key for %1 was created and stored in the keychain.</source>
        <translation>Новый ключ подписи для %1 создан и сохранён в связке ключей.</translation>
    </message>
    <message>
        <source>The signing key of %1, from the keychain.</source>
        <translation>Ключ подписи %1 из связки ключей.</translation>
    </message>
    <message>
        <source>✔ Saved to %1.</source>
        <translation>✔ Сохранено в %1.</translation>
    </message>
</context>
<context>
    <name>o365::ReportCli</name>
    <message>
        <source>A PDF needs the graphical application object; run with QT_QPA_PLATFORM=offscreen or choose --format json,html.</source>
        <translation>Для PDF нужен графический объект приложения; запустите с QT_QPA_PLATFORM=offscreen или выберите --format json,html.</translation>
    </message>
    <message>
        <source>A new signing key was created and stored in the keychain.
</source>
        <translation>Создан новый ключ подписи, он сохранён в связке ключей.
</translation>
    </message>
    <message>
        <source>SHA-256 of the JSON: %1
</source>
        <translation>SHA-256 JSON-файла: %1
</translation>
    </message>
    <message>
        <source>Signed, key fingerprint: %1
</source>
        <translation>Подписано, отпечаток ключа: %1
</translation>
    </message>
    <message>
        <source>Not signed.
</source>
        <translation>Не подписано.
</translation>
    </message>
</context>
<context>
    <name>o365::ReportCountersignJob</name>
    <message>
        <source>Give the reviewer&apos;s name: the countersignature is made with that reviewer&apos;s key.</source>
        <translation>Укажите имя проверяющего: контрподпись ставится ключом этого проверяющего.</translation>
    </message>
    <message>
        <source>Not countersigned: the report&apos;s own signature does not hold.</source>
        <translation>Контрподпись не поставлена: собственная подпись отчёта недействительна.</translation>
    </message>
    <message>
        <source>Not countersigned: the report changed since it was opened for review (SHA-256 %1, now %2). Open it again and review what it says now.</source>
        <translation>Контрподпись не поставлена: отчёт изменился после открытия для проверки (SHA-256 %1, теперь %2). Откройте его снова и проверьте текущее содержимое.</translation>
    </message>
    <message>
        <source>Not countersigned: the reviewer&apos;s key is the key that signed the report (%1). A countersignature must come from a second engineer.</source>
        <translation>Контрподпись не поставлена: ключ проверяющего совпадает с ключом, которым подписан отчёт (%1). Контрподпись должен ставить другой инженер.</translation>
    </message>
</context>
<context>
    <name>o365::ReportExportJob</name>
    <message>
        <source>The report was exported without a signature.</source>
        <translation>Отчёт экспортирован без подписи.</translation>
    </message>
</context>
<context>
    <name>o365::ResumeDialog</name>
    <message>
        <source>Resume an upgrade</source>
        <translation>Продолжить обновление</translation>
    </message>
    <message>
        <source>These upgrades are not finished. Resume one, or start a new session.</source>
        <translation>Эти обновления не завершены. Продолжите одно из них или начните новый сеанс.</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Клиент</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Engineer</source>
        <translation>Инженер</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начат</translation>
    </message>
    <message>
        <source>Last saved</source>
        <translation>Последнее сохранение</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>Последняя страница</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>Unfinished sessions</source>
        <translation>Незавершённые сеансы</translation>
    </message>
    <message>
        <source>(cannot be opened)</source>
        <translation>(не открывается)</translation>
    </message>
    <message>
        <source> (training)</source>
        <translation> (обучение)</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Продолжить</translation>
    </message>
    <message>
        <source>Start &amp;new session</source>
        <translation>&amp;Новый сеанс</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
</context>
<context>
    <name>o365::ReviewDialog</name>
    <message>
        <source>Signed report to review</source>
        <translation>Подписанный отчёт для проверки</translation>
    </message>
    <message>
        <source>Reports (*.json);;All files (*)</source>
        <translation>Отчёты (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Review a signed report</source>
        <translation>Проверка подписанного отчёта</translation>
    </message>
    <message>
        <source>No report opened.</source>
        <translation>Отчёт не открыт.</translation>
    </message>
    <message>
        <source>Report file</source>
        <translation>Файл отчёта</translation>
    </message>
    <message>
        <source>&amp;Open report…</source>
        <translation>&amp;Открыть отчёт…</translation>
    </message>
    <message>
        <source>Open a signed report</source>
        <translation>Открыть подписанный отчёт</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Проверка подписи</translation>
    </message>
    <message>
        <source>Signer, time, key fingerprint and countersignatures</source>
        <translation>Подписавший, время, отпечаток ключа и контрподписи</translation>
    </message>
    <message>
        <source>The report (read-only)</source>
        <translation>Отчёт (только чтение)</translation>
    </message>
    <message>
        <source>Countersign as reviewer</source>
        <translation>Контрподпись проверяющего</translation>
    </message>
    <message>
        <source>Reviewer name</source>
        <translation>Имя проверяющего</translation>
    </message>
    <message>
        <source>Your name: your own signing key from the keychain is used</source>
        <translation>Ваше имя: используется ваш собственный ключ подписи из связки ключей</translation>
    </message>
    <message>
        <source>&amp;Reviewer name:</source>
        <translation>&amp;Имя проверяющего:</translation>
    </message>
    <message>
        <source>&amp;Countersign</source>
        <translation>&amp;Поставить контрподпись</translation>
    </message>
    <message>
        <source>Countersign the report</source>
        <translation>Поставить контрподпись под отчётом</translation>
    </message>
    <message>
        <source>Countersigning in progress</source>
        <translation>Идёт постановка контрподписи</translation>
    </message>
    <message>
        <source>Countersignature result</source>
        <translation>Результат контрподписи</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Закрыть</translation>
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
        <translation>Под этим отчётом нельзя поставить контрподпись: сначала должна быть действительна его подпись.</translation>
    </message>
    <message>
        <source>Countersigning… (the keychain may ask to be unlocked)</source>
        <translation>Постановка контрподписи… (связка ключей может запросить разблокировку)</translation>
    </message>
    <message>
        <source>✔ Countersigned by %1, key fingerprint %2%3. Written:
%4</source>
        <translation>✔ Контрподпись: %1, отпечаток ключа %2%3. Записано:
%4</translation>
    </message>
    <message>
        <source> (a new key, now kept in your keychain)</source>
        <translation> (новый ключ, теперь хранится в вашей связке ключей)</translation>
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
        <translation>Файл доверенных ключей</translation>
    </message>
    <message>
        <source>Trusted keys (*.txt);;All files (*)</source>
        <translation>Доверенные ключи (*.txt);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Trusted &amp;keys…</source>
        <translation>Доверенные &amp;ключи…</translation>
    </message>
    <message>
        <source>Choose the trusted-keys file</source>
        <translation>Выбрать файл доверенных ключей</translation>
    </message>
    <message>
        <source>My &amp;public key…</source>
        <translation>Мой &amp;открытый ключ…</translation>
    </message>
    <message>
        <source>The line and fingerprint your team lead adds to the team&apos;s trusted-keys file</source>
        <translation>Строка и отпечаток, которые руководитель группы добавляет в файл доверенных ключей команды</translation>
    </message>
    <message>
        <source>Show my public key for the trusted-keys file</source>
        <translation>Показать мой открытый ключ для файла доверенных ключей</translation>
    </message>
    <message>
        <source>Trusted keys: %1</source>
        <translation>Доверенные ключи: %1</translation>
    </message>
    <message>
        <source>Trusted keys: none (%1 does not exist or lists no key): a signature can show the report is unchanged, not who signed it.</source>
        <translation>Доверенные ключи: нет (%1 не существует или не содержит ключей): подпись может показать, что отчёт не изменён, но не то, кто его подписал.</translation>
    </message>
    <message numerus="yes">
        <source>Trusted keys: %n key(s) from %1</source>
        <translation>
            <numerusform>Доверенные ключи: %n ключ из %1</numerusform>
            <numerusform>Доверенные ключи: %n ключа из %1</numerusform>
            <numerusform>Доверенные ключи: %n ключей из %1</numerusform>
        </translation>
    </message>
    <message>
        <source>✖ %1 The trusted keys in use did not change.</source>
        <translation>✖ %1 Используемые доверенные ключи не изменились.</translation>
    </message>
</context>
<context>
    <name>o365::Session</name>
    <message>
        <source>Single Office 365 Gateway Application topology: the KB says to skip the Callbacks-Dispatcher steps.</source>
        <translation>Топология Single Office 365 Gateway Application: согласно KB, шаги Callbacks-Dispatcher пропускаются.</translation>
    </message>
</context>
<context>
    <name>o365::SignOffPage</name>
    <message>
        <source>Report</source>
        <translation>Отчёт</translation>
    </message>
    <message>
        <source>Si&amp;gn it with my key (kept in the keychain; created the first time)</source>
        <translation>Подписать моим &amp;ключом (хранится в связке ключей; создаётся при первом использовании)</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>A new signing key was created and stored in the keychain.</source>
        <translation>Создан новый ключ подписи, он сохранён в связке ключей.</translation>
    </message>
    <message>
        <source>✔ Written:</source>
        <translation>✔ Записано:</translation>
    </message>
    <message>
        <source>SHA-256 of the JSON: %1</source>
        <translation>SHA-256 JSON-файла: %1</translation>
    </message>
    <message>
        <source>Signed; key fingerprint %1</source>
        <translation>Подписано; отпечаток ключа %1</translation>
    </message>
    <message>
        <source>Not signed.</source>
        <translation>Не подписано.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — case %2 — engineer %3&lt;br&gt;PA %4; application %5 → %6&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;%1&lt;/b&gt; — обращение %2 — инженер %3&lt;br&gt;PA %4; приложение %5 → %6&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>✔ complete: %1 of %2 steps done</source>
        <translation>✔ завершён: выполнено шагов — %1 из %2</translation>
    </message>
    <message>
        <source>✖ incomplete: %1 open, %2 failed</source>
        <translation>✖ не завершён: открыто — %1, со сбоем — %2</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (%2): %3 — %4, %5&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (%2): %3 — %4, %5&lt;/li&gt;</translation>
    </message>
    <message>
        <source>– skipped: %1</source>
        <translation>– пропущен: %1</translation>
    </message>
    <message>
        <source>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (%2): deferred — %3 — %4, %5&lt;/li&gt;</source>
        <translation>&lt;li&gt;&lt;b&gt;%1&lt;/b&gt; (%2): отложено — %3 — %4, %5&lt;/li&gt;</translation>
    </message>
    <message>
        <source>none deployed</source>
        <translation>ничего не развёрнуто</translation>
    </message>
    <message>
        <source>deployed: %1</source>
        <translation>развёрнуто: %1</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Overrides&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Переопределения&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>Training summary</source>
        <translation>Итоги обучения</translation>
    </message>
    <message>
        <source>Session log: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</source>
        <translation>Журнал сеанса: &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;</translation>
    </message>
    <message>
        <source>Open the session log</source>
        <translation>Открыть журнал сеанса</translation>
    </message>
    <message>
        <source>Show my &amp;public key…</source>
        <translation>Показать мой &amp;открытый ключ…</translation>
    </message>
    <message>
        <source>The line and fingerprint your team lead adds to the team&apos;s trusted-keys file</source>
        <translation>Строка и отпечаток, которые руководитель группы добавляет в файл доверенных ключей команды</translation>
    </message>
    <message>
        <source>Show my public key for the trusted-keys file</source>
        <translation>Показать мой открытый ключ для файла доверенных ключей</translation>
    </message>
    <message>
        <source>Check the summary, confirm, then sign off: the report is saved, signed, when you do.</source>
        <translation>Проверьте сводку, подтвердите и утвердите: при этом отчёт сохраняется с подписью.</translation>
    </message>
    <message>
        <source>&amp;Sign off and save the report</source>
        <translation>Утвердить и &amp;сохранить отчёт</translation>
    </message>
    <message>
        <source>&amp;I, the engineer named on the Start page, confirm that the upgrade was carried out as recorded above.</source>
        <translation>Я, инженер, указанный на начальной странице, &amp;подтверждаю, что обновление выполнено так, как записано выше.</translation>
    </message>
    <message>
        <source>&amp;Export a draft now (JSON, HTML, PDF)…</source>
        <translation>&amp;Экспортировать черновик (JSON, HTML, PDF)…</translation>
    </message>
    <message>
        <source>Not signed off: choose the folder the report is saved to.</source>
        <translation>Не утверждено: выберите папку для отчёта.</translation>
    </message>
    <message>
        <source>Signing off: writing the report…</source>
        <translation>Утверждение: отчёт записывается…</translation>
    </message>
    <message>
        <source>Not signed off. Fix the cause and sign off again, or untick &quot;Sign it with my key&quot; to save the report unsigned.</source>
        <translation>Не утверждено. Устраните причину и утвердите снова или снимите флажок «Подписать моим ключом», чтобы сохранить отчёт без подписи.</translation>
    </message>
    <message>
        <source>Not signed off. Fix the cause, or choose another folder, and sign off again.</source>
        <translation>Не утверждено. Устраните причину или выберите другую папку и утвердите снова.</translation>
    </message>
    <message>
        <source>This is a draft: the session is not signed off yet. &quot;Sign off and save the report&quot; writes the final report.</source>
        <translation>Это черновик: сеанс ещё не утверждён. «Утвердить и сохранить отчёт» записывает окончательный отчёт.</translation>
    </message>
    <message>
        <source>This is an unconfirmed DRAFT (marked so in the report): you have not confirmed the upgrade above.</source>
        <translation>Это неподтверждённый ЧЕРНОВИК (так и отмечено в отчёте): вы не подтвердили обновление выше.</translation>
    </message>
    <message numerus="yes">
        <source>⚠ complete with exceptions: %n overridden</source>
        <translation>
            <numerusform>⚠ выполнено с исключениями: %n переопределён</numerusform>
            <numerusform>⚠ выполнено с исключениями: %n переопределено</numerusform>
            <numerusform>⚠ выполнено с исключениями: %n переопределено</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Your notes&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ваши заметки&lt;/b&gt;&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
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
        <translation>Экспортировать отчёт по этапу…</translation>
    </message>
    <message>
        <source>Write this stage&apos;s report (JSON, HTML, PDF), unsigned.</source>
        <translation>Записать отчёт по этому этапу (JSON, HTML, PDF) без подписи.</translation>
    </message>
    <message>
        <source>Folder for the report</source>
        <translation>Папка для отчёта</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>✔ %1 (not signed)</source>
        <translation>✔ %1 (не подписано)</translation>
    </message>
    <message>
        <source>✖ %1</source>
        <translation>✖ %1</translation>
    </message>
    <message>
        <source>TRAINING — a simulated lab, not a customer&apos;s installation. Scenario: %1</source>
        <translation>ОБУЧЕНИЕ — имитируемая лаборатория, а не установка клиента. Сценарий: %1</translation>
    </message>
    <message>
        <source>Training session</source>
        <translation>Учебный сеанс</translation>
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
        <translation>Пакеты приложений (*.zip *.app.zip);;Все файлы (*)</translation>
    </message>
    <message>
        <source>Start: the case and the installation</source>
        <translation>Начало: обращение и установка</translation>
    </message>
    <message>
        <source>Re&amp;view a signed report…</source>
        <translation>Проверить подписанный о&amp;тчёт…</translation>
    </message>
    <message>
        <source>Review a signed report</source>
        <translation>Проверка подписанного отчёта</translation>
    </message>
    <message>
        <source>Open a signed report read-only, check its signature and countersign it as reviewer.</source>
        <translation>Открыть подписанный отчёт только для чтения, проверить его подпись и поставить контрподпись проверяющего.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Обращение</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Название клиента</translation>
    </message>
    <message>
        <source>C&amp;ase / ticket:</source>
        <translation>&amp;Обращение / заявка:</translation>
    </message>
    <message>
        <source>e.g. CASE-12345</source>
        <translation>например, CASE-12345</translation>
    </message>
    <message>
        <source>&amp;Engineer:</source>
        <translation>&amp;Инженер:</translation>
    </message>
    <message>
        <source>Your name: recorded with every confirmation</source>
        <translation>Ваше имя: записывается с каждым подтверждением</translation>
    </message>
    <message>
        <source>Installation</source>
        <translation>Установка</translation>
    </message>
    <message>
        <source>&amp;PA (POA) version:</source>
        <translation>&amp;Версия PA (POA):</translation>
    </message>
    <message>
        <source>e.g. 5.5</source>
        <translation>например, 5.5</translation>
    </message>
    <message>
        <source>&amp;Installed application version:</source>
        <translation>&amp;Установленная версия приложения:</translation>
    </message>
    <message>
        <source>e.g. 3.0</source>
        <translation>например, 3.0</translation>
    </message>
    <message>
        <source>e.g. 4.1</source>
        <translation>например, 4.1</translation>
    </message>
    <message>
        <source>The Microsoft Office 365 Application Package (.zip)</source>
        <translation>Microsoft Office 365 Application Package (.zip)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>О&amp;бзор…</translation>
    </message>
    <message>
        <source>Application pac&amp;kage:</source>
        <translation>Пак&amp;ет приложения:</translation>
    </message>
    <message>
        <source>Application package file</source>
        <translation>Файл пакета приложения</translation>
    </message>
    <message>
        <source>Separate Office 365 Callbacks-Dispatcher Application</source>
        <translation>Отдельное приложение Office 365 Callbacks-Dispatcher Application</translation>
    </message>
    <message>
        <source>Single Office 365 Gateway Application (the Callbacks-Dispatcher stage is skipped)</source>
        <translation>Single Office 365 Gateway Application (этап Callbacks-Dispatcher пропускается)</translation>
    </message>
    <message>
        <source>Topology:</source>
        <translation>Топология:</translation>
    </message>
    <message>
        <source>The &amp;synchronization script (Microsoft Online Services Portal → PA) is used</source>
        <translation>Используется &amp;сценарий синхронизации (Microsoft Online Services Portal → PA)</translation>
    </message>
    <message>
        <source>From KB %1</source>
        <translation>Из KB %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Fixed issues in this package&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</source>
        <translation>&lt;b&gt;Исправленные в этом пакете ошибки&lt;/b&gt;&lt;ul&gt;%1&lt;/ul&gt;</translation>
    </message>
    <message>
        <source>⚠ &quot;%1&quot; is not a version number: enter the installed version as 3.0 or 4.1.</source>
        <translation>⚠ «%1» — не номер версии: введите установленную версию в виде 3.0 или 4.1.</translation>
    </message>
    <message>
        <source>⚠ &quot;%1&quot; is not a version number: enter the package&apos;s version as 4.1.</source>
        <translation>⚠ «%1» — не номер версии: введите версию пакета в виде 4.1.</translation>
    </message>
    <message>
        <source>⚠ The package&apos;s version %1 is not newer than the installed %2: this is not an upgrade.</source>
        <translation>⚠ Версия пакета %1 не новее установленной %2: это не обновление.</translation>
    </message>
    <message>
        <source>Upgrade from %1 to %2.</source>
        <translation>Обновление с %1 до %2.</translation>
    </message>
    <message>
        <source>Reading the package and computing its SHA-256…</source>
        <translation>Чтение пакета и вычисление его SHA-256…</translation>
    </message>
    <message>
        <source>✔ %1 contains %2 with %3.</source>
        <translation>✔ %1 содержит %2 с %3.</translation>
    </message>
    <message>
        <source>Package version %1.</source>
        <translation>Версия пакета %1.</translation>
    </message>
    <message>
        <source>⚠ The package is version %1, but the target version above is %2.</source>
        <translation>⚠ Версия пакета — %1, а целевая версия выше — %2.</translation>
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
        <translation>&amp;Язык:</translation>
    </message>
    <message>
        <source>User interface language</source>
        <translation>Язык интерфейса</translation>
    </message>
    <message>
        <source>Takes effect at the next start.</source>
        <translation>Вступит в силу при следующем запуске.</translation>
    </message>
    <message>
        <source>Practise in the &amp;training lab…</source>
        <translation>Потренироваться в учебной &amp;лаборатории…</translation>
    </message>
    <message>
        <source>Practise in the training lab</source>
        <translation>Потренироваться в учебной лаборатории</translation>
    </message>
    <message>
        <source>Pick a training scenario: the wizard restarts against a simulated PA lab.</source>
        <translation>Выберите учебный сценарий: мастер перезапустится и будет работать с имитируемой лабораторией PA.</translation>
    </message>
    <message>
        <source>Net&amp;work…</source>
        <translation>Сеть и п&amp;рокси…</translation>
    </message>
    <message>
        <source>Network settings</source>
        <translation>Сетевые настройки</translation>
    </message>
    <message>
        <source>Proxy: the system&apos;s settings, none, or one entered by hand.</source>
        <translation>Прокси: настройки системы, без прокси или заданный вручную.</translation>
    </message>
    <message>
        <source>C&amp;ustomer:</source>
        <translation>&amp;Клиент:</translation>
    </message>
    <message>
        <source>Tar&amp;get (package) version:</source>
        <translation>&amp;Целевая версия (пакета):</translation>
    </message>
</context>
<context>
    <name>o365::StepControls</name>
    <message>
        <source>Confirm step %1</source>
        <translation>Подтвердить шаг %1</translation>
    </message>
    <message>
        <source>The automated check could not decide this step: confirm it by hand.</source>
        <translation>Автоматическая проверка не смогла оценить этот шаг: подтвердите его вручную.</translation>
    </message>
    <message>
        <source>No automated check for this step yet: confirm it by hand.</source>
        <translation>Для этого шага пока нет автоматической проверки: подтвердите его вручную.</translation>
    </message>
    <message>
        <source>Why?</source>
        <translation>Зачем?</translation>
    </message>
    <message>
        <source>Why the KB asks for step %1</source>
        <translation>Зачем KB требует шаг %1</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <source>Add a note to step %1</source>
        <translation>Добавить заметку к шагу %1</translation>
    </message>
    <message>
        <source>Override step %1 with a justification</source>
        <translation>Переопределить шаг %1 с обоснованием</translation>
    </message>
    <message>
        <source>Note for this step (kept in the session and the report)</source>
        <translation>Заметка к этому шагу (сохраняется в сеансе и отчёте)</translation>
    </message>
    <message>
        <source>Note for step %1</source>
        <translation>Заметка к шагу %1</translation>
    </message>
    <message>
        <source>Justification:</source>
        <translation>Обоснование:</translation>
    </message>
    <message>
        <source>Justification for overriding step %1</source>
        <translation>Обоснование переопределения шага %1</translation>
    </message>
    <message>
        <source>by %1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>(no engineer named)</source>
        <translation>(инженер не указан)</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>Переопределить</translation>
    </message>
    <message>
        <source>Record the override of step %1</source>
        <translation>Записать переопределение шага %1</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Withdraw the override of step %1</source>
        <translation>Отозвать переопределение шага %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more character(s): say why, and who agreed</source>
        <translation>
            <numerusform>Ещё %n символ: укажите причину и кто согласовал</numerusform>
            <numerusform>Ещё %n символа: укажите причину и кто согласовал</numerusform>
            <numerusform>Ещё %n символов: укажите причину и кто согласовал</numerusform>
        </translation>
    </message>
    <message>
        <source>Override step %1?</source>
        <translation>Переопределить шаг %1?</translation>
    </message>
    <message>
        <source>The check of step %1 failed: %2

An override lets you go on without it. It is recorded with your justification and your name, and the report lists it as an exception. Fix the cause instead if you can.</source>
        <translation>Проверка шага %1 не пройдена: %2

Переопределение позволяет продолжить без неё. Оно записывается с вашим обоснованием и именем, а отчёт указывает его как исключение. Если можете, лучше устраните причину.</translation>
    </message>
    <message>
        <source>&amp;Override anyway</source>
        <translation>&amp;Всё равно переопределить</translation>
    </message>
    <message>
        <source>overridden by %1, %2</source>
        <translation>переопределено: %1, %2</translation>
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
        <translation>Загрузить из файла…</translation>
    </message>
    <message>
        <source>Load %1 from a file</source>
        <translation>Загрузить %1 из файла</translation>
    </message>
    <message>
        <source>Load the output from a file</source>
        <translation>Загрузить вывод из файла</translation>
    </message>
    <message>
        <source>Text files (*.txt *.log);;All files (*)</source>
        <translation>Текстовые файлы (*.txt *.log);;Все файлы (*)</translation>
    </message>
</context>
<context>
    <name>o365::StepListWidget</name>
    <message>
        <source>&amp;Re-run checks</source>
        <translation>&amp;Повторить проверки</translation>
    </message>
    <message>
        <source>Run this stage&apos;s automated checks again.</source>
        <translation>Снова выполнить автоматические проверки этого этапа.</translation>
    </message>
    <message>
        <source>Checks running</source>
        <translation>Выполняются проверки</translation>
    </message>
    <message>
        <source>⛔ Stopped at step %1: %2</source>
        <translation>⛔ Остановлено на шаге %1: %2</translation>
    </message>
    <message>
        <source>Next open step</source>
        <translation>Следующий открытый шаг</translation>
    </message>
    <message>
        <source>Go to the next step that is still to do (F7)</source>
        <translation>Перейти к следующему невыполненному шагу (F7)</translation>
    </message>
    <message>
        <source>Go to the next step that is still to do</source>
        <translation>Перейти к следующему невыполненному шагу</translation>
    </message>
    <message>
        <source>Next failure</source>
        <translation>Следующая ошибка</translation>
    </message>
    <message>
        <source>Go to the next step whose check failed (F8)</source>
        <translation>Перейти к следующему шагу с непройденной проверкой (F8)</translation>
    </message>
    <message>
        <source>Go to the next step whose check failed</source>
        <translation>Перейти к следующему шагу с непройденной проверкой</translation>
    </message>
    <message numerus="yes">
        <source>%n open: %1</source>
        <translation>
            <numerusform>%n открыт: %1</numerusform>
            <numerusform>%n открыто: %1</numerusform>
            <numerusform>%n открыто: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed: %1</source>
        <translation>
            <numerusform>%n с ошибкой: %1</numerusform>
            <numerusform>%n с ошибкой: %1</numerusform>
            <numerusform>%n с ошибкой: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>checks still running</source>
        <translation>проверки ещё выполняются</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>Выполнено шагов: %1 из %2</translation>
    </message>
    <message numerus="yes">
        <source>%n failed (%1)</source>
        <translation>
            <numerusform>%n с ошибкой (%1)</numerusform>
            <numerusform>%n с ошибкой (%1)</numerusform>
            <numerusform>%n с ошибкой (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n overridden</source>
        <translation>
            <numerusform>%n переопределён</numerusform>
            <numerusform>%n переопределено</numerusform>
            <numerusform>%n переопределено</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n open</source>
        <translation>
            <numerusform>%n открыт</numerusform>
            <numerusform>%n открыто</numerusform>
            <numerusform>%n открыто</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>o365::StepRowWidget</name>
    <message>
        <source>I have read this</source>
        <translation>Прочитано</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <source>Override…</source>
        <translation>Переопределить…</translation>
    </message>
    <message>
        <source>Why is this step passed over? (required)</source>
        <translation>Почему этот шаг пропускается? (обязательно)</translation>
    </message>
    <message>
        <source>Important:</source>
        <translation>Важно:</translation>
    </message>
    <message>
        <source>%1 — Important:</source>
        <translation>%1 — Важно:</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Примечание:</translation>
    </message>
    <message>
        <source>%1 — Note:</source>
        <translation>%1 — Примечание:</translation>
    </message>
    <message>
        <source>Command for step %1</source>
        <translation>Команда для шага %1</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy the command of step %1</source>
        <translation>Скопировать команду шага %1</translation>
    </message>
    <message>
        <source>Accept this certificate…</source>
        <translation>Принять этот сертификат…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Проверка…</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>К выполнению</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбой</translation>
    </message>
    <message>
        <source>Overridden</source>
        <translation>Переопределено</translation>
    </message>
    <message>
        <source>Not needed</source>
        <translation>Не требуется</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Состояние: %1</translation>
    </message>
    <message>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <source>after the upgrade: </source>
        <translation>после обновления: </translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Ещё не проверено.</translation>
    </message>
    <message>
        <source>How the command of step %1 gives its output</source>
        <translation>Как команда шага %1 выдаёт свой вывод</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Отложено</translation>
    </message>
</context>
<context>
    <name>o365::SupportBundle</name>
    <message>
        <source>The support bundle was not written: %1 would hold a secret (the PA password). Report this to the wizard&apos;s developers.</source>
        <translation>Пакет поддержки не записан: %1 содержал бы секрет (пароль PA). Сообщите об этом разработчикам мастера.</translation>
    </message>
    <message>
        <source>The support bundle could not be made (zip error %1).</source>
        <translation>Не удалось создать пакет поддержки (ошибка zip %1).</translation>
    </message>
    <message>
        <source>The support bundle could not be made: %1 could not be added.</source>
        <translation>Не удалось создать пакет поддержки: не удалось добавить %1.</translation>
    </message>
    <message>
        <source>%1 is not a zip file (zip error %2): a support bundle is the .zip that --capture or &quot;Support bundle…&quot; wrote.</source>
        <translation>%1 — не ZIP-файл (ошибка ZIP %2): пакет поддержки — это .zip, записанный --capture или «Пакет поддержки…».</translation>
    </message>
    <message>
        <source>%1: %2 is larger than %3 MiB once unpacked; it is not read.</source>
        <translation>%1: %2 после распаковки больше %3 МиБ и не читается.</translation>
    </message>
    <message>
        <source>%1: %2 cannot be unpacked (zip error %3).</source>
        <translation>%1: не удаётся распаковать %2 (ошибка ZIP %3).</translation>
    </message>
    <message>
        <source>%1: %2 is not a JSON object (%3).</source>
        <translation>%1: %2 — не объект JSON (%3).</translation>
    </message>
    <message>
        <source>too large</source>
        <translation>слишком большой</translation>
    </message>
    <message>
        <source>%1 is not a support bundle of this wizard: it lacks manifest.json (format o365-upgrade-wizard-support-bundle/1) or session.json.</source>
        <translation>%1 — не пакет поддержки этого мастера: в нём нет manifest.json (формат o365-upgrade-wizard-support-bundle/1) или session.json.</translation>
    </message>
</context>
<context>
    <name>o365::TrainingDialog</name>
    <message>
        <source>Practise in the training lab</source>
        <translation>Потренироваться в учебной лаборатории</translation>
    </message>
    <message>
        <source>The training lab simulates a PA installation inside the wizard: gateway and dispatcher applications, the PA API and a Provisioning Gateway Host, on this computer only. Nothing reaches a customer. Each scenario hides a fault that happens in real upgrades; find it where the wizard shows it.

The wizard restarts with a new TRAINING session; your current session is saved.</source>
        <translation>Учебная лаборатория имитирует установку PA внутри мастера: приложения шлюза и диспетчера, PA API и Provisioning Gateway Host — только на этом компьютере. До клиентов ничего не доходит. В каждом сценарии скрыта неисправность, встречающаяся при реальных обновлениях; найдите её там, где мастер её показывает.

Мастер перезапустится с новым сеансом ОБУЧЕНИЯ; текущий сеанс сохраняется.</translation>
    </message>
    <message>
        <source>&amp;Scenario:</source>
        <translation>&amp;Сценарий:</translation>
    </message>
    <message>
        <source>Training scenarios</source>
        <translation>Учебные сценарии</translation>
    </message>
    <message>
        <source>What to notice:</source>
        <translation>На что обратить внимание:</translation>
    </message>
    <message>
        <source>Start &amp;training</source>
        <translation>&amp;Начать обучение</translation>
    </message>
</context>
<context>
    <name>o365::TrainingLab</name>
    <message>
        <source>Trainee</source>
        <translation>Стажёр</translation>
    </message>
    <message>
        <source>%1 %2: expected %3, got %4 (%5)</source>
        <translation>%1 %2: ожидалось %3, получено %4 (%5)</translation>
    </message>
    <message>
        <source>%1 %2: expected %3, but the check did not run</source>
        <translation>%1 %2: ожидалось %3, но проверка не выполнялась</translation>
    </message>
    <message>
        <source>%1 %2: failed, which the scenario does not expect (%3)</source>
        <translation>%1 %2: сбой, которого сценарий не ожидает (%3)</translation>
    </message>
    <message>
        <source>%1: its session.json cannot be used: %2</source>
        <translation>%1: его session.json непригоден: %2</translation>
    </message>
    <message>
        <source>Replay of the support bundle %1</source>
        <translation>Воспроизведение пакета поддержки %1</translation>
    </message>
    <message>
        <source>the customer</source>
        <translation>клиент</translation>
    </message>
    <message>
        <source>Every answer comes from the capture: each check should give the result it gave in the captured run. A check that differs shows how the wizard&apos;s judgement changed since.</source>
        <translation>Каждый ответ взят из записи: каждая проверка должна дать тот же результат, что и в записанном запуске. Отличающаяся проверка показывает, как с тех пор изменилась оценка мастера.</translation>
    </message>
    <message numerus="yes">
        <source>What %1&apos;s PA, gateways and provisioning host answered (captured %2 by wizard %3): %n PA API call(s); hosts %4.</source>
        <translation>
            <numerusform>Что ответили PA, шлюзы и хост подготовки (%1; записано %2 мастером %3): %n вызов PA API; хосты %4.</numerusform>
            <numerusform>Что ответили PA, шлюзы и хост подготовки (%1; записано %2 мастером %3): %n вызова PA API; хосты %4.</numerusform>
            <numerusform>Что ответили PA, шлюзы и хост подготовки (%1; записано %2 мастером %3): %n вызовов PA API; хосты %4.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>o365::UpgradeWizard</name>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source> — TRAINING</source>
        <translation> — ОБУЧЕНИЕ</translation>
    </message>
    <message>
        <source>Support bundle…</source>
        <translation>Пакет поддержки…</translation>
    </message>
    <message>
        <source>Save a support bundle</source>
        <translation>Сохранить пакет поддержки</translation>
    </message>
    <message>
        <source>Save the session, its log and what this run saw from PA, the gateways and the provisioning host in one zip for a support escalation (never a password).</source>
        <translation>Сохранить сеанс, его журнал и то, что этот запуск получил от PA, шлюзов и узла подготовки, в одном zip для обращения в поддержку (никогда не пароль).</translation>
    </message>
    <message>
        <source>Zip files (*.zip)</source>
        <translation>Файлы zip (*.zip)</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <translation>Пакет поддержки</translation>
    </message>
    <message>
        <source>The support bundle was saved to %1. It holds the session, its log and what this run saw; no password.</source>
        <translation>Пакет поддержки сохранён в %1. Он содержит сеанс, его журнал и то, что видел этот запуск; без пароля.</translation>
    </message>
    <message>
        <source>To go on later, start the wizard again: it offers the sessions that are not finished.</source>
        <translation>Чтобы продолжить позже, снова запустите мастер: он предложит незавершённые сеансы.</translation>
    </message>
    <message>
        <source>To go on later, start the wizard again: it offers the sessions that are not finished (or run o365-upgrade-wizard --resume &quot;%1&quot;).</source>
        <translation>Чтобы продолжить позже, снова запустите мастер: он предложит незавершённые сеансы (или выполните o365-upgrade-wizard --resume &quot;%1&quot;).</translation>
    </message>
    <message>
        <source>Close the wizard?</source>
        <translation>Закрыть мастер?</translation>
    </message>
    <message>
        <source>The training session is not signed off yet. Everything entered so far is saved.</source>
        <translation>Тренировочный сеанс ещё не утверждён. Всё введённое сохранено.</translation>
    </message>
    <message>
        <source>The upgrade is not signed off yet. Everything entered so far is saved.</source>
        <translation>Обновление ещё не утверждено. Всё введённое сохранено.</translation>
    </message>
    <message>
        <source>&amp;Close the wizard</source>
        <translation>&amp;Закрыть мастер</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Продолжить работу</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Not yet: fill in what the page asks for (the fields marked required).</source>
        <translation>Пока нет: заполните то, что требует страница (обязательные поля).</translation>
    </message>
    <message>
        <source>Not yet — %1. Do, confirm or override them; F7 goes to the next open step.</source>
        <translation>Пока нет — %1. Выполните, подтвердите или переопределите их; F7 ведёт к следующему открытому шагу.</translation>
    </message>
</context>
<context>
    <name>o365::XmlRpc</name>
    <message>
        <source>the reply is empty</source>
        <translation>ответ пуст</translation>
    </message>
    <message>
        <source>the reply is %1 bytes, more than the limit of %2 bytes</source>
        <translation>размер ответа — %1 байт, больше предела в %2 байт</translation>
    </message>
    <message>
        <source>the call is %1 bytes, more than the limit of %2 bytes</source>
        <translation>размер вызова — %1 байт, больше предела в %2 байт</translation>
    </message>
</context>
<context>
    <name>o365::XmlRpcReader</name>
    <message>
        <source>text outside the &lt;%1&gt; element</source>
        <translation>текст вне элемента &lt;%1&gt;</translation>
    </message>
    <message>
        <source>a second root element &lt;%1&gt;</source>
        <translation>второй корневой элемент &lt;%1&gt;</translation>
    </message>
    <message>
        <source>the root element is &lt;%1&gt;, not &lt;%2&gt;</source>
        <translation>корневой элемент — &lt;%1&gt;, а не &lt;%2&gt;</translation>
    </message>
    <message>
        <source>unexpected XML (%1)</source>
        <translation>неожиданный XML (%1)</translation>
    </message>
    <message>
        <source>the reply is empty</source>
        <translation>ответ пуст</translation>
    </message>
    <message>
        <source>the reply is truncated: the XML ends at line %1 before it is complete</source>
        <translation>ответ обрезан: XML заканчивается на строке %1, не будучи завершённым</translation>
    </message>
    <message>
        <source>the reply is not well-formed XML: %1 (line %2, column %3)</source>
        <translation>ответ — некорректный XML: %1 (строка %2, столбец %3)</translation>
    </message>
    <message>
        <source>the reply has a DOCTYPE declaration, which XML-RPC never uses; it is refused (no entity is expanded)</source>
        <translation>в ответе есть объявление DOCTYPE, которое XML-RPC никогда не использует; ответ отклонён (сущности не раскрываются)</translation>
    </message>
    <message>
        <source>the reply uses the entity reference &amp;%1;, which is refused (only the five predefined entities are allowed)</source>
        <translation>в ответе используется ссылка на сущность &amp;%1;, она отклонена (разрешены только пять предопределённых сущностей)</translation>
    </message>
    <message>
        <source>the reply holds a processing instruction &lt;?%1?&gt;, which is refused</source>
        <translation>ответ содержит инструкцию обработки &lt;?%1?&gt;, она отклонена</translation>
    </message>
    <message>
        <source>unexpected text &quot;%1&quot; in &lt;%2&gt;</source>
        <translation>неожиданный текст «%1» в &lt;%2&gt;</translation>
    </message>
    <message>
        <source>unexpected XML (%1) in &lt;%2&gt;</source>
        <translation>неожиданный XML (%1) в &lt;%2&gt;</translation>
    </message>
    <message>
        <source>unexpected element &lt;%1&gt; inside &lt;%2&gt;</source>
        <translation>неожиданный элемент &lt;%1&gt; внутри &lt;%2&gt;</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;%2&gt;</source>
        <translation>неизвестный элемент &lt;%1&gt; в &lt;%2&gt;</translation>
    </message>
    <message>
        <source>&lt;methodCall&gt; names no method</source>
        <translation>в &lt;methodCall&gt; не указан метод</translation>
    </message>
    <message>
        <source>&lt;methodResponse&gt; holds more than one of &lt;params&gt; and &lt;fault&gt;</source>
        <translation>&lt;methodResponse&gt; содержит более одного из &lt;params&gt; и &lt;fault&gt;</translation>
    </message>
    <message>
        <source>&lt;methodResponse&gt; is empty: it holds neither &lt;params&gt; nor &lt;fault&gt;</source>
        <translation>&lt;methodResponse&gt; пуст: в нём нет ни &lt;params&gt;, ни &lt;fault&gt;</translation>
    </message>
    <message>
        <source>a response holds more than one &lt;param&gt;</source>
        <translation>ответ содержит более одного &lt;param&gt;</translation>
    </message>
    <message>
        <source>&lt;params&gt; holds no &lt;param&gt;</source>
        <translation>&lt;params&gt; не содержит &lt;param&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds more than one &lt;value&gt;</source>
        <translation>&lt;%1&gt; содержит более одного &lt;value&gt;</translation>
    </message>
    <message>
        <source>&lt;%1&gt; holds no &lt;value&gt;</source>
        <translation>&lt;%1&gt; не содержит &lt;value&gt;</translation>
    </message>
    <message>
        <source>the &lt;fault&gt; value is not a struct</source>
        <translation>значение &lt;fault&gt; — не структура</translation>
    </message>
    <message>
        <source>the &lt;fault&gt; has no int faultCode</source>
        <translation>в &lt;fault&gt; нет int faultCode</translation>
    </message>
    <message>
        <source>the &lt;fault&gt; has no string faultString</source>
        <translation>в &lt;fault&gt; нет string faultString</translation>
    </message>
    <message>
        <source>values are nested deeper than %1 levels</source>
        <translation>значения вложены глубже %1 уровней</translation>
    </message>
    <message>
        <source>a &lt;value&gt; holds text beside its type element</source>
        <translation>&lt;value&gt; содержит текст помимо элемента типа</translation>
    </message>
    <message>
        <source>a &lt;value&gt; holds more than one type element (&lt;%1&gt; is the second)</source>
        <translation>&lt;value&gt; содержит более одного элемента типа (второй — &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>unexpected XML (%1) in &lt;value&gt;</source>
        <translation>неожиданный XML (%1) в &lt;value&gt;</translation>
    </message>
    <message>
        <source>&lt;nil/&gt; holds text</source>
        <translation>&lt;nil/&gt; содержит текст</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt; in &lt;value&gt; (not an XML-RPC type)</source>
        <translation>неизвестный элемент &lt;%1&gt; в &lt;value&gt; (не тип XML-RPC)</translation>
    </message>
    <message>
        <source>a struct &lt;member&gt; has two &lt;name&gt; elements</source>
        <translation>у &lt;member&gt; структуры два элемента &lt;name&gt;</translation>
    </message>
    <message>
        <source>a struct &lt;member&gt; has two &lt;value&gt; elements</source>
        <translation>у &lt;member&gt; структуры два элемента &lt;value&gt;</translation>
    </message>
    <message>
        <source>a struct &lt;member&gt; has no &lt;name&gt;</source>
        <translation>у &lt;member&gt; структуры нет &lt;name&gt;</translation>
    </message>
    <message>
        <source>the struct member &quot;%1&quot; has no &lt;value&gt;</source>
        <translation>у поля структуры «%1» нет &lt;value&gt;</translation>
    </message>
    <message>
        <source>the struct member &quot;%1&quot; appears twice</source>
        <translation>поле структуры «%1» встречается дважды</translation>
    </message>
    <message>
        <source>an &lt;array&gt; holds more than one &lt;data&gt;</source>
        <translation>&lt;array&gt; содержит более одного &lt;data&gt;</translation>
    </message>
    <message>
        <source>an &lt;array&gt; has no &lt;data&gt;</source>
        <translation>в &lt;array&gt; нет &lt;data&gt;</translation>
    </message>
</context>
<context>
    <name>o365::XmlRpcScalar</name>
    <message>
        <source>&lt;%1&gt; holds &quot;%2&quot;, which is not a 32-bit integer</source>
        <translation>&lt;%1&gt; содержит «%2» — не 32-битное целое число</translation>
    </message>
    <message>
        <source>&lt;boolean&gt; holds &quot;%1&quot;; only 0 or 1 are allowed</source>
        <translation>&lt;boolean&gt; содержит «%1»; допустимы только 0 и 1</translation>
    </message>
    <message>
        <source>&lt;double&gt; holds &quot;%1&quot;, which is not a number</source>
        <translation>&lt;double&gt; содержит «%1» — не число</translation>
    </message>
    <message>
        <source>&lt;base64&gt; holds text that is not base64</source>
        <translation>&lt;base64&gt; содержит текст не в формате base64</translation>
    </message>
    <message>
        <source>&lt;dateTime.iso8601&gt; holds &quot;%1&quot;, which is not a date and time</source>
        <translation>&lt;dateTime.iso8601&gt; содержит «%1» — не дату и время</translation>
    </message>
</context>
<context>
    <name>o365::XmlRpcWriter</name>
    <message>
        <source>the method name is empty or not valid XML text</source>
        <translation>имя метода пусто или не является допустимым текстом XML</translation>
    </message>
    <message>
        <source>(a message XML cannot carry)</source>
        <translation>(сообщение, недопустимое в XML)</translation>
    </message>
    <message>
        <source>the value is nested deeper than %1 levels</source>
        <translation>значение вложено глубже %1 уровней</translation>
    </message>
    <message>
        <source>the integer %1 does not fit in an XML-RPC int (32 bits)</source>
        <translation>целое число %1 не помещается в int XML-RPC (32 бита)</translation>
    </message>
    <message>
        <source>the double %1 is not finite</source>
        <translation>число double %1 не конечно</translation>
    </message>
    <message>
        <source>a string holds a character XML cannot carry</source>
        <translation>строка содержит символ, недопустимый в XML</translation>
    </message>
    <message>
        <source>an invalid date and time</source>
        <translation>недопустимые дата и время</translation>
    </message>
    <message>
        <source>a member name holds a character XML cannot carry</source>
        <translation>имя поля содержит символ, недопустимый в XML</translation>
    </message>
    <message>
        <source>values of type %1 cannot be sent over XML-RPC</source>
        <translation>значения типа %1 нельзя передать через XML-RPC</translation>
    </message>
</context>
</TS>
