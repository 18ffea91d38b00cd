<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ErrorText</name>
    <message>
        <source>No access key is set. Sign in with your iwinv Access Key and Secret Key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http:// is allowed only for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server could not be reached. Check your network connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate could not be verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server tried to redirect the request elsewhere; it was not followed. Check the server address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large and was stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Access Key or Secret Key was not accepted. Check the keys issued in the iwinv console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server rejected the request time. Check that this computer&apos;s clock is correct.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key may not be used from this computer&apos;s IP address. Allow the address for the key in the iwinv console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It no longer exists on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many requests in a short time. The console will continue shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A limit of your account was reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server is busy with another task or is being deleted. Try again when it has finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is still in use. Disconnect it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the values.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This can only be done in the iwinv web console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A temporary failure occurred on the server. Please try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (Server: %2)</source>
        <extracomment>%1 is our explanation, %2 the server&apos;s own message</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstanceModel</name>
    <message>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spec</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InstancesPage</name>
    <message>
        <source>Servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no servers yet. Servers you create in the iwinv console appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) could not be read and are not shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>iwinv Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: a simulated iwinv account running on this computer. Nothing you do here reaches real servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh now (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iwinv Console — Demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) · updated at %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>%1 is the status exactly as the server wrote it</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>iwinv Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo account could not start: no local network port is available.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
