#!/usr/bin/env pwsh
<#
.SYNOPSIS
  Builds the plan explorer into site-output/: npm pins, restore, compile, generate and check.
.DESCRIPTION
  The staff script, for any machine with PowerShell 7 and the .NET SDK (Windows, macOS, Linux).
  build.sh is its twin for machines without PowerShell. All logic lives in the sitegen CLI; this
  script only runs the steps in order and stops at the first failure. It uses the language, .NET
  calls and native commands only (no Test-Path, no Set-Location), so it also runs in a hosted
  PowerShell engine that has just the core cmdlets.
.PARAMETER Output
  Folder to publish the site to. Default: site-output/ beside this script.
.PARAMETER Configuration
  Release (default) or Debug.
.EXAMPLE
  ./build.ps1
.EXAMPLE
  ./build.ps1 -Output /tmp/preview
#>
[CmdletBinding()]
param(
    [string] $Output = '',
    [ValidateSet('Release', 'Debug')]
    [string] $Configuration = 'Release'
)

$ErrorActionPreference = 'Stop'
$root = $PSScriptRoot
if ($Output -eq '') { $Output = [System.IO.Path]::Combine($root, 'site-output') }
$solution = [System.IO.Path]::Combine($root, 'SiteGen.sln')
$project = [System.IO.Path]::Combine($root, 'src', 'SiteGen', 'SiteGen.csproj')
$cli = [System.IO.Path]::Combine($root, 'artifacts', 'sitegen')
$sitegen = [System.IO.Path]::Combine($cli, 'sitegen.dll')

function Invoke-Step {
    param([string] $Name, [scriptblock] $Step)
    [Console]::WriteLine("== $Name")
    & $Step
    if ($LASTEXITCODE -ne 0) { throw "build.ps1: step '$Name' failed (exit code $LASTEXITCODE)" }
}

function Test-NpmPinsCurrent {
    $stamp = [System.IO.Path]::Combine($root, 'node_modules', '.package-lock.json')
    $lock = [System.IO.Path]::Combine($root, 'package-lock.json')
    [System.IO.File]::Exists($stamp) -and
        [System.IO.File]::GetLastWriteTimeUtc($stamp) -gt [System.IO.File]::GetLastWriteTimeUtc($lock)
}

Invoke-Step 'npm pins' {
    if (-not (Test-NpmPinsCurrent)) { npm ci --prefix $root --no-audit --no-fund --loglevel=error }
    else { $global:LASTEXITCODE = 0 }
}
Invoke-Step 'restore' { dotnet restore $solution --verbosity quiet }
# Published precompiled (ReadyToRun) for this machine: a cold build then spends half the time it would jitting.
Invoke-Step 'compile' {
    dotnet publish $project --configuration $Configuration --use-current-runtime --self-contained false `
        -p:PublishReadyToRun=true --output $cli --verbosity quiet --nologo
}
Invoke-Step 'generate' { dotnet $sitegen build --root $root --output $Output }
Invoke-Step 'check' { dotnet $sitegen check --root $root --output $Output }
