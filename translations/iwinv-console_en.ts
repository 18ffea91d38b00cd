<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConnectionStatus</name>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the server&apos;s</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute behind the server&apos;s</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes behind the server&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the server&apos;s</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute ahead of the server&apos;s</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes ahead of the server&apos;s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server asked to slow down: refreshing resumes in %n s</source>
        <translation>
            <numerusform>The server asked to slow down: refreshing resumes in %n s</numerusform>
            <numerusform>The server asked to slow down: refreshing resumes in %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstancesPage</name>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>%n server</numerusform>
            <numerusform>%n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n server could not be read and is not shown.</numerusform>
            <numerusform>%n servers could not be read and are not shown.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <source>%n server(s) · updated at %1</source>
        <translation>
            <numerusform>%n server · updated at %1</numerusform>
            <numerusform>%n servers · updated at %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Offline: the iwinv API cannot be reached. Showing data from %n minute(s) ago; reconnecting automatically…</source>
        <translation>
            <numerusform>Offline: the iwinv API cannot be reached. Showing data from %n minute ago; reconnecting automatically…</numerusform>
            <numerusform>Offline: the iwinv API cannot be reached. Showing data from %n minutes ago; reconnecting automatically…</numerusform>
        </translation>
    </message>
</context>
</TS>
