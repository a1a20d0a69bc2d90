# run_lines.ps1 LINES.json — runs each line of a JSON array of strings as if pasted into the console
# (parsed as a script and run) in the current folder, and prints a JSON array of what each printed
# (its output joined by newlines), or "ERROR: " and the error's message.
param([Parameter(Mandatory = $true)][string]$LinesFile)
$lines = Get-Content -LiteralPath $LinesFile -Raw -Encoding UTF8 | ConvertFrom-Json
$out = foreach ($line in @($lines)) {
    try {
        $printed = & ([ScriptBlock]::Create([string]$line)) 2>&1 | ForEach-Object { [string]$_ }
        ($printed -join "`n")
    } catch {
        'ERROR: ' + $_.Exception.Message
    }
}
ConvertTo-Json -InputObject @($out) -Compress
