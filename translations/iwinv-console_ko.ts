<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>ConnectionStatus</name>
    <message>
        <source>Requests sent in the last minute. The iwinv API allows 60 a minute per key; the console keeps well below that on its own.</source>
        <translation>최근 1분 동안 보낸 요청 수입니다. iwinv API는 키마다 1분에 60회까지 허용하며, 콘솔은 스스로 이보다 충분히 적게 보냅니다.</translation>
    </message>
    <message>
        <source>API %1/%2 per minute</source>
        <extracomment>the API request budget: requests in the last minute of the 60 allowed</extracomment>
        <translation>API %1/%2 (1분)</translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) behind the server&apos;s</source>
        <translation>
            <numerusform>이 컴퓨터의 시계가 서버보다 %n분 느립니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) ahead of the server&apos;s</source>
        <translation>
            <numerusform>이 컴퓨터의 시계가 서버보다 %n분 빠릅니다</numerusform>
        </translation>
    </message>
    <message>
        <source>The iwinv API refuses requests whose time is more than 5 minutes off. The console corrects for it, but setting the clock right (automatic time) is safer.</source>
        <translation>iwinv API는 시각이 5분 넘게 차이 나는 요청을 거부합니다. 콘솔이 차이를 보정하지만, 시계를 정확히 맞추는(자동 시간 설정) 것이 더 안전합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The server asked to slow down: refreshing resumes in %n s</source>
        <translation>
            <numerusform>iwinv API가 요청 속도를 늦추도록 요청했습니다. %n초 후 새로 고침을 다시 시작합니다</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>No access key is set. Sign in with your iwinv Access Key and Secret Key.</source>
        <translation>Access Key가 설정되지 않았습니다. iwinv의 Access Key와 Secret Key로 로그인해 주세요.</translation>
    </message>
    <message>
        <source>The server address must start with https:// (plain http:// is allowed only for this computer).</source>
        <translation>API 주소는 https://로 시작해야 합니다. (http://는 이 컴퓨터의 주소에만 사용할 수 있습니다.)</translation>
    </message>
    <message>
        <source>The server could not be reached. Check your network connection and try again.</source>
        <translation>iwinv API에 연결할 수 없습니다. 네트워크 연결을 확인한 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again in a moment.</source>
        <translation>iwinv API가 제시간에 응답하지 않았습니다. 잠시 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The secure connection failed: the server&apos;s certificate could not be verified.</source>
        <translation>보안 연결에 실패했습니다. iwinv API의 인증서를 확인할 수 없습니다.</translation>
    </message>
    <message>
        <source>The server tried to redirect the request elsewhere; it was not followed. Check the server address.</source>
        <translation>iwinv API가 요청을 다른 주소로 보내려 했으나 따르지 않았습니다. API 주소를 확인해 주세요.</translation>
    </message>
    <message>
        <source>The server&apos;s answer was too large and was stopped.</source>
        <translation>iwinv API의 응답이 너무 커서 중단했습니다.</translation>
    </message>
    <message>
        <source>The Access Key or Secret Key was not accepted. Check the keys issued in the iwinv console.</source>
        <translation>Access Key 또는 Secret Key가 올바르지 않습니다. iwinv 콘솔에서 발급받은 키를 확인해 주세요.</translation>
    </message>
    <message>
        <source>The server rejected the request time. Check that this computer&apos;s clock is correct.</source>
        <translation>iwinv API가 요청 시각을 거부했습니다. 이 컴퓨터의 시계가 정확한지 확인해 주세요.</translation>
    </message>
    <message>
        <source>This key may not be used from this computer&apos;s IP address. Allow the address for the key in the iwinv console.</source>
        <translation>이 컴퓨터의 IP 주소에서는 이 키를 사용할 수 없습니다. iwinv 콘솔에서 이 키에 현재 주소를 허용해 주세요.</translation>
    </message>
    <message>
        <source>It no longer exists on the server.</source>
        <translation>이미 삭제되었거나 존재하지 않습니다.</translation>
    </message>
    <message>
        <source>Too many requests in a short time. The console will continue shortly.</source>
        <translation>짧은 시간에 요청이 너무 많았습니다. 잠시 후 자동으로 계속합니다.</translation>
    </message>
    <message>
        <source>A limit of your account was reached.</source>
        <translation>계정의 사용 한도에 도달했습니다.</translation>
    </message>
    <message>
        <source>The server is busy with another task or is being deleted. Try again when it has finished.</source>
        <translation>서버가 다른 작업 중이거나 삭제 중입니다. 작업이 끝난 뒤 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>It is still in use. Disconnect it first.</source>
        <translation>아직 사용 중입니다. 먼저 연결을 해제해 주세요.</translation>
    </message>
    <message>
        <source>The server did not accept the values.</source>
        <translation>입력한 값을 iwinv에서 받아들이지 않았습니다.</translation>
    </message>
    <message>
        <source>This can only be done in the iwinv web console.</source>
        <translation>iwinv 웹 콘솔에서만 할 수 있습니다.</translation>
    </message>
    <message>
        <source>A temporary failure occurred on the server. Please try again later.</source>
        <translation>일시적인 장애가 발생했습니다. 잠시 후 다시 시도해 주세요.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read.</source>
        <translation>iwinv API의 응답을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>요청을 취소했습니다.</translation>
    </message>
    <message>
        <source>%1 (iwinv: %2)</source>
        <extracomment>%1 is our explanation, %2 the server&apos;s own message</extracomment>
        <translation>%1 (iwinv: %2)</translation>
    </message>
    <message>
        <source>The secure connection failed: %1</source>
        <translation>보안 연결에 실패했습니다: %1</translation>
    </message>
</context>
<context>
    <name>InstanceModel</name>
    <message>
        <source>%1 GB</source>
        <translation>%1GB</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>존</translation>
    </message>
    <message>
        <source>Spec</source>
        <translation>스펙</translation>
    </message>
    <message>
        <source>vCPU</source>
        <translation>vCPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Disk</source>
        <translation>디스크</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>Public IP</source>
        <translation>공인 IP</translation>
    </message>
    <message>
        <source>Private IP</source>
        <translation>사설 IP</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>생성일</translation>
    </message>
    <message>
        <source>Server ID</source>
        <translation>서버 ID</translation>
    </message>
</context>
<context>
    <name>InstancesPage</name>
    <message>
        <source>Servers</source>
        <translation>서버</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s)</source>
        <translation>
            <numerusform>서버 %n대</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message>
        <source>There are no servers yet. Servers you create in the iwinv console appear here.</source>
        <translation>등록된 서버가 없습니다. iwinv 콘솔에서 생성한 서버가 여기에 표시됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) could not be read and are not shown.</source>
        <translation>
            <numerusform>서버 %n대의 정보를 읽을 수 없어 표시하지 않았습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>iwinv Console</source>
        <translation>iwinv 콘솔</translation>
    </message>
    <message>
        <source>Demo mode: a simulated iwinv account running on this computer. Nothing you do here reaches real servers.</source>
        <translation>데모 모드: 이 컴퓨터에서 실행되는 가상의 iwinv 계정입니다. 여기에서 하는 작업은 실제 서버에 전혀 반영되지 않습니다.</translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation>도구 모음</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Refresh now (F5)</source>
        <translation>지금 새로 고침 (F5)</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>iwinv Console — Demo</source>
        <translation>iwinv 콘솔 — 데모</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>불러오는 중…</translation>
    </message>
    <message numerus="yes">
        <source>%n server(s) · updated at %1</source>
        <translation>
            <numerusform>서버 %n대 · %1 업데이트</numerusform>
        </translation>
    </message>
    <message>
        <source>Offline: the iwinv API cannot be reached. Reconnecting automatically…</source>
        <translation>오프라인: iwinv API에 연결할 수 없습니다. 자동으로 다시 연결하는 중…</translation>
    </message>
    <message>
        <source>Offline: the iwinv API cannot be reached. Showing data from less than a minute ago; reconnecting automatically…</source>
        <translation>오프라인: iwinv API에 연결할 수 없습니다. 1분 이내에 받은 정보를 표시하고 있으며, 자동으로 다시 연결하는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Offline: the iwinv API cannot be reached. Showing data from %n minute(s) ago; reconnecting automatically…</source>
        <translation>
            <numerusform>오프라인: iwinv API에 연결할 수 없습니다. %n분 전에 받은 정보를 표시하고 있으며, 자동으로 다시 연결하는 중…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OperationText</name>
    <message>
        <source>Create server</source>
        <translation>서버 생성</translation>
    </message>
    <message>
        <source>Delete server</source>
        <translation>서버 삭제</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Shut down</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Reboot</source>
        <translation>재부팅</translation>
    </message>
    <message>
        <source>Reinstall OS</source>
        <translation>OS 재설치</translation>
    </message>
    <message>
        <source>Change spec</source>
        <translation>스펙 변경</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: sending…</source>
        <extracomment>%1 is the action (&quot;Reboot&quot;), %2 the server&apos;s name</extracomment>
        <translation>[%1] &apos;%2&apos; 서버: 요청을 보내는 중…</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: the answer was lost; the result is unknown, checking…</source>
        <translation>[%1] &apos;%2&apos; 서버: 응답을 받지 못해 결과를 알 수 없습니다. 확인하는 중…</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: in progress (%3)</source>
        <extracomment>%3 is the server&apos;s status, e.g. &quot;Working&quot;</extracomment>
        <translation>[%1] &apos;%2&apos; 서버: 진행 중 (%3)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is taking longer than expected; still checking.</source>
        <translation>[%1] &apos;%2&apos; 서버: 예상보다 오래 걸리고 있습니다. 계속 확인하는 중입니다.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: done.</source>
        <translation>[%1] &apos;%2&apos; 서버: 완료되었습니다.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; ended with the server in an error state.</source>
        <translation>[%1] &apos;%2&apos; 서버: 작업 후 서버가 오류 상태입니다.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: the server no longer exists (it was deleted elsewhere).</source>
        <translation>[%1] &apos;%2&apos; 서버: 서버가 더 이상 존재하지 않습니다. (다른 곳에서 삭제되었습니다.)</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; was not carried out. You can try again.</source>
        <translation>[%1] &apos;%2&apos; 서버: 작업이 실행되지 않았습니다. 다시 시도할 수 있습니다.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos;: the result could not be confirmed; the server shows no change.</source>
        <translation>[%1] &apos;%2&apos; 서버: 결과를 확인할 수 없습니다. 서버에 변화가 보이지 않습니다.</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; failed: %3</source>
        <extracomment>%3 explains why</extracomment>
        <translation>[%1] &apos;%2&apos; 서버: 실패했습니다. %3</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Running</source>
        <translation>운영 중</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>정지</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>작업 중</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>오류</translation>
    </message>
    <message>
        <source>Creating</source>
        <translation>생성 중</translation>
    </message>
    <message>
        <source>Deleting</source>
        <translation>삭제 중</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>Unknown (%1)</source>
        <extracomment>%1 is the status exactly as the server wrote it</extracomment>
        <translation>알 수 없음 (%1)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>iwinv Console</source>
        <translation>iwinv 콘솔</translation>
    </message>
    <message>
        <source>The demo account could not start: no local network port is available.</source>
        <translation>데모 계정을 시작할 수 없습니다. 사용할 수 있는 로컬 네트워크 포트가 없습니다.</translation>
    </message>
</context>
</TS>
