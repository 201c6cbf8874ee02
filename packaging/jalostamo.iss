; Inno Setup script: a per-user installer of the frozen app (dist\jalostamo from
; packaging/jalostamo.spec). No administrator rights: it installs into
; %LOCALAPPDATA%\Programs\Jalostamo, registers the .jalostamo file type for the current user
; (HKCU\Software\Classes), adds a Start menu entry, and an uninstaller
; (Settings > Apps, or "Uninstall Jalostamo" in the Start menu).
;
; Build (Windows, Inno Setup 6):  iscc /DAppVersion=0.1.0 packaging\jalostamo.iss
; Silent install for IT:          Jalostamo-0.1.0-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; Silent uninstall:               "%LOCALAPPDATA%\Programs\Jalostamo\unins000.exe" /VERYSILENT /SUPPRESSMSGBOXES /NORESTART
; The user's programmes, settings, logs and backups (%LOCALAPPDATA%\Jalostamo) are never
; removed by the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#ifndef SourceDir
  #define SourceDir "..\dist\jalostamo"
#endif

[Setup]
AppId={{5E0C3C1A-7B57-4D8B-9E1A-4A4C53540001}
AppName=Jalostamo
AppVersion={#AppVersion}
AppVerName=Jalostamo {#AppVersion}
AppPublisher=Jalostamo
DefaultDirName={localappdata}\Programs\Jalostamo
DefaultGroupName=Jalostamo
DisableProgramGroupPage=yes
DisableDirPage=auto
; per user, no administrator rights; /ALLUSERS is refused
PrivilegesRequired=lowest
ChangesAssociations=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\dist
OutputBaseFilename=Jalostamo-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName=Jalostamo
UninstallDisplayIcon={app}\jalostamo.exe
CloseApplications=yes
#ifdef SignedBuild
; the workflow defines the "jalostamosign" tool (signtool with the certificate, see
; .github/workflows/windows.yml): the installer and the uninstaller are signed
SignTool=jalostamosign
SignedUninstaller=yes
#endif

[Languages]
Name: "fi"; MessagesFile: "compiler:Languages\Finnish.isl"
; Swedish is an official translation only in newer Inno Setup 6 releases
#if FileExists(AddBackslash(CompilerPath) + "Languages\Swedish.isl")
Name: "sv"; MessagesFile: "compiler:Languages\Swedish.isl"
#endif
Name: "en"; MessagesFile: "compiler:Default.isl"

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\Jalostamo"; Filename: "{app}\jalostamo.exe"; WorkingDir: "{userdocs}"
Name: "{userprograms}\Uninstall Jalostamo"; Filename: "{uninstallexe}"

[Registry]
; the .jalostamo file type, for this user only (HKCU\Software\Classes)
Root: HKCU; Subkey: "Software\Classes\.jalostamo"; ValueType: string; ValueName: ""; ValueData: "Jalostamo.Programme"; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\.jalostamo\OpenWithProgids"; ValueType: string; ValueName: "Jalostamo.Programme"; ValueData: ""; Flags: uninsdeletevalue
Root: HKCU; Subkey: "Software\Classes\Jalostamo.Programme"; ValueType: string; ValueName: ""; ValueData: "Jalostamo programme"; Flags: uninsdeletekey
Root: HKCU; Subkey: "Software\Classes\Jalostamo.Programme\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\jalostamo.exe,0"
Root: HKCU; Subkey: "Software\Classes\Jalostamo.Programme\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\jalostamo.exe"" ""%1"""
Root: HKCU; Subkey: "Software\Classes\Applications\jalostamo.exe\SupportedTypes"; ValueType: string; ValueName: ".jalostamo"; ValueData: ""; Flags: uninsdeletekey

[Run]
Filename: "{app}\jalostamo.exe"; Description: "{cm:LaunchProgram,Jalostamo}"; Flags: nowait postinstall skipifsilent
