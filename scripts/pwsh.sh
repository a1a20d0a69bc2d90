#!/bin/sh
# scripts/pwsh.sh — installs PowerShell 7.6.10 as a .NET global tool (~/.dotnet/tools/pwsh) when it
# is not there yet. The tests use PowerShell's own parser and run the wizard's generated lines in it.
# Pinned: 7.7.0 fails on these machines. Needs the .NET SDK (dotnet); says so and fails without it.
set -eu
VERSION=7.6.10
PWSH="${HOME}/.dotnet/tools/pwsh"
if [ -x "$PWSH" ] && [ "$("$PWSH" -NoProfile -NonInteractive -Command '$PSVersionTable.PSVersion.ToString()' 2>/dev/null)" = "$VERSION" ]; then
    exit 0
fi
if ! command -v dotnet >/dev/null 2>&1; then
    echo "scripts/pwsh.sh: the .NET SDK (dotnet) is not installed, so PowerShell $VERSION cannot be; the tests need it" >&2
    exit 1
fi
echo "Installing PowerShell $VERSION (dotnet tool install --global PowerShell --version $VERSION)"
if [ -e "$PWSH" ]; then
    dotnet tool update --global PowerShell --version "$VERSION"
else
    dotnet tool install --global PowerShell --version "$VERSION"
fi
"$PWSH" -NoProfile -NonInteractive -Command '$PSVersionTable.PSVersion.ToString()'
