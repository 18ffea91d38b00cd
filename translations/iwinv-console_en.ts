<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>BillCharts</name>
    <message numerus="yes">
        <source>Other (%n item(s))</source>
        <extracomment>the bill&apos;s smaller items together; %n is how many</extracomment>
        <translation>
            <numerusform>Other (%n item)</numerusform>
            <numerusform>Other (%n items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillProjection</name>
    <message numerus="yes">
        <source>There are only %n reading(s) of the live bill this month.</source>
        <translation>
            <numerusform>There is only %n reading of the live bill this month.</numerusform>
            <numerusform>There are only %n readings of the live bill this month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>There was no reading for %n day(s), from %1 to %2: the spending in between is taken as even.</source>
        <extracomment>%n is a number of days; %1 and %2 are the dates of the readings around the gap</extracomment>
        <translation>
            <numerusform>There was no reading for %n day, from %1 to %2: the spending in between is taken as even.</numerusform>
            <numerusform>There was no reading for %n days, from %1 to %2: the spending in between is taken as even.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BillingPage</name>
    <message numerus="yes">
        <source>%1 a month for %n server(s)</source>
        <extracomment>%1 the amount a month, %2 the number of servers</extracomment>
        <translation>
            <numerusform>%1 a month for %n server</numerusform>
            <numerusform>%1 a month for %n servers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n stopped server(s) still cost %1 a month.</source>
        <translation>
            <numerusform>%n stopped server still costs %1 a month.</numerusform>
            <numerusform>%n stopped servers still cost %1 a month.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) without a known price are not counted.</source>
        <translation>
            <numerusform>%n server without a known price is not counted.</numerusform>
            <numerusform>%n servers without a known price are not counted.</numerusform>
        </translation>
    </message>
</context>
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
    <name>ConnectionText</name>
    <message numerus="yes">
        <source>%n minute(s) behind the server</source>
        <translation>
            <numerusform>%n minute behind the server</numerusform>
            <numerusform>%n minutes behind the server</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ahead of the server</source>
        <translation>
            <numerusform>%n minute ahead of the server</numerusform>
            <numerusform>%n minutes ahead of the server</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CreateServerDialog</name>
    <message numerus="yes">
        <source>%n spec(s) are sold out here: shown, but they cannot be chosen.</source>
        <translation>
            <numerusform>%n spec is sold out here: shown, but it cannot be chosen.</numerusform>
            <numerusform>%n specs are sold out here: shown, but they cannot be chosen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>iwinv names the %n servers itself (it may number them after this name).</source>
        <translation>
            <numerusform>iwinv names the %n server itself (it may number it after this name).</numerusform>
            <numerusform>iwinv names the %n servers itself (it may number them after this name).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n servers at %1 each a month)</source>
        <extracomment>%1 is the number of servers, %2 the price of one</extracomment>
        <translation>
            <numerusform>(%n server at %1 a month)</numerusform>
            <numerusform>(%n servers at %1 each a month)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirewallActions</name>
    <message numerus="yes">
        <source>%n more server(s) follow, one after the other.</source>
        <translation>
            <numerusform>%n more server follows.</numerusform>
            <numerusform>%n more servers follow, one after the other.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirewallEditorDialog</name>
    <message numerus="yes">
        <source>The new firewall will have %n rule(s). Nothing is sent until you save.</source>
        <translation>
            <numerusform>The new firewall will have %n rule. Nothing is sent until you save.</numerusform>
            <numerusform>The new firewall will have %n rules. Nothing is sent until you save.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Imported %n rule(s); check them before saving.</source>
        <translation>
            <numerusform>Imported %n rule; check it before saving.</numerusform>
            <numerusform>Imported %n rules; check them before saving.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Format</name>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>%n s ago</numerusform>
            <numerusform>%n s ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>%n min ago</numerusform>
            <numerusform>%n min ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>%n h ago</numerusform>
            <numerusform>%n h ago</numerusform>
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
<context>
    <name>ResourceDetails</name>
    <message numerus="yes">
        <source>Supported images (%n)</source>
        <translation>
            <numerusform>Supported images (%n)</numerusform>
            <numerusform>Supported images (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResourcePage</name>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>%n row could not be read and is not shown.</numerusform>
            <numerusform>%n rows could not be read and are not shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s).</source>
        <translation>
            <numerusform>Copied %n row.</numerusform>
            <numerusform>Copied %n rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %n row(s) to %1.</source>
        <translation>
            <numerusform>Saved %n row to %1.</numerusform>
            <numerusform>Saved %n rows to %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only the first %n row(s) are shown: the iwinv API kept sending more, so the console stopped reading this list.</source>
        <translation>
            <numerusform>Only the first row is shown: the iwinv API kept sending more, so the console stopped reading this list.</numerusform>
            <numerusform>Only the first %n rows are shown: the iwinv API kept sending more, so the console stopped reading this list.</numerusform>
        </translation>
    </message>
</context>
</TS>
