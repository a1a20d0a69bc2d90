# A stand-in for O365-Web.zip's setup.ps1 with the parameters KB 117222 names: it prints, as JSON,
# exactly the values it received, so a test sees what the engineer's pasted line would pass.
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)][string]$SiteName,
    [Parameter(Mandatory = $true)][string]$IPAddress,
    [string]$GatewayAppName,
    [string]$DispatcherAppName,
    [string]$MOSIBaseURL,
    [string]$MOSIBillingID,
    [string]$MOSIClientCertSubject
)
ConvertTo-Json -InputObject $PSBoundParameters -Compress
