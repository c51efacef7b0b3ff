@echo off
rem The syncdb launcher of the release archive (Windows): runs lib\syncdb.jar next to this bin directory.
setlocal
set "DIR=%~dp0.."
set "SYNCDB_LAUNCHER=%DIR%\bin\syncdb.cmd"
if defined JAVA_HOME (set "JAVA=%JAVA_HOME%\bin\java.exe") else (set "JAVA=java")
"%JAVA%" %SYNCDB_JAVA_OPTS% -jar "%DIR%\lib\syncdb.jar" %*
exit /b %ERRORLEVEL%
