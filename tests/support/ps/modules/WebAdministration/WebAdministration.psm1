# A test WebAdministration module: Get-Website and Get-WebApplication over the sites of the JSON file
# named by $env:O365W_IIS_FIXTURE, returning objects with the members the real IIS provider gives
# (site: name, id, state, physicalPath, bindings.Collection[].protocol / .bindingInformation;
# application: path, applicationPool, PhysicalPath, ItemXPath) and behaving as it does where it
# matters to the wizard: Get-WebApplication lists the non-root applications; with -Site the name is
# a wildcard pattern, and a name holding ' breaks the provider's query, so such names find nothing,
# silently. Fixture: {"itemXPath": true, "sites": [{"name", "id", "physicalPath",
# "bindings": [{"protocol", "bindingInformation"}], "applications": [{"path", "physicalPath",
# "applicationPool"}]}]} ("itemXPath": false leaves ItemXPath out).

function Get-O365wFixture {
    if (-not $env:O365W_IIS_FIXTURE) { throw 'O365W_IIS_FIXTURE is not set' }
    Get-Content -LiteralPath $env:O365W_IIS_FIXTURE -Raw -Encoding UTF8 | ConvertFrom-Json
}

function Get-Website {
    [CmdletBinding()]
    param([string]$Name)
    foreach ($s in @((Get-O365wFixture).sites)) {
        if ($Name -and -not ($s.name -like $Name)) { continue }
        $bindings = foreach ($b in @($s.bindings)) {
            [pscustomobject]@{ protocol = $b.protocol; bindingInformation = $b.bindingInformation; sslFlags = 0 }
        }
        [pscustomobject]@{
            name = $s.name
            id = [long]$s.id
            state = 'Started'
            physicalPath = $s.physicalPath
            bindings = [pscustomobject]@{ Collection = @($bindings) }
        }
    }
}

function Get-WebApplication {
    [CmdletBinding()]
    param([string]$Site, [string]$Name)
    $fixture = Get-O365wFixture
    foreach ($s in @($fixture.sites)) {
        if ($PSBoundParameters.ContainsKey('Site')) {
            if ($Site.Contains("'")) { continue }        # the provider's XPath query breaks: nothing
            if (-not ($s.name -like $Site)) { continue }  # a pattern, not a name
        }
        foreach ($a in @($s.applications)) {
            if ($a.path -eq '/') { continue }
            $app = [pscustomobject]@{
                path = $a.path
                applicationPool = $a.applicationPool
                PhysicalPath = $a.physicalPath
                enabledProtocols = 'http'
            }
            if ($fixture.itemXPath -ne $false) {
                $xpath = "/system.applicationHost/sites/site[@name='$($s.name)' and @id='$($s.id)']/application[@path='$($a.path)']"
                $app | Add-Member -NotePropertyName ItemXPath -NotePropertyValue $xpath
            }
            $app
        }
    }
}

Export-ModuleMember -Function Get-Website, Get-WebApplication
