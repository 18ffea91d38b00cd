<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
</context>
</TS>
