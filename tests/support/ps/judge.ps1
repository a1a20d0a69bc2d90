# judge.ps1 LINES.json — PowerShell's own parser on each line of a JSON array of strings. Prints a
# JSON array, one object per line: errors (the parser's messages), statements (top-level count) and
# commands: every command in the line, anywhere in it, with its elements as the parser sees them —
# a parameter's name, a constant's value and quoting, or any other expression's type and text; and
# pipesInto: for each pipeline of more than one element, the command it ends in.
param([Parameter(Mandatory = $true)][string]$LinesFile)
$ErrorActionPreference = 'Stop'
$lines = Get-Content -LiteralPath $LinesFile -Raw -Encoding UTF8 | ConvertFrom-Json
$out = foreach ($line in @($lines)) {
    $tokens = $null
    $errors = $null
    $ast = [System.Management.Automation.Language.Parser]::ParseInput([string]$line, [ref]$tokens, [ref]$errors)
    $commands = foreach ($c in $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.CommandAst] }, $true)) {
        $elements = foreach ($e in $c.CommandElements) {
            if ($e -is [System.Management.Automation.Language.CommandParameterAst]) {
                [ordered]@{ ast = 'Parameter'; name = $e.ParameterName; text = $e.Extent.Text }
            } elseif ($e -is [System.Management.Automation.Language.StringConstantExpressionAst]) {
                [ordered]@{ ast = 'StringConstant'; kind = [string]$e.StringConstantType; value = $e.Value; text = $e.Extent.Text }
            } else {
                [ordered]@{ ast = $e.GetType().Name; text = $e.Extent.Text }
            }
        }
        [ordered]@{ name = $c.GetCommandName(); elements = @($elements) }
    }
    # Pipelines of more than one element: what each pipes into (the last element's command name).
    $pipes = foreach ($p in $ast.FindAll({ param($n) $n -is [System.Management.Automation.Language.PipelineAst] }, $true)) {
        if ($p.PipelineElements.Count -gt 1) {
            $last = $p.PipelineElements[$p.PipelineElements.Count - 1]
            if ($last -is [System.Management.Automation.Language.CommandAst]) { $last.GetCommandName() } else { $last.Extent.Text }
        }
    }
    [ordered]@{
        errors = @($errors | ForEach-Object { $_.Message })
        statements = $ast.EndBlock.Statements.Count
        commands = @($commands)
        pipesInto = @($pipes)
    }
}
ConvertTo-Json -InputObject @($out) -Depth 8 -Compress
