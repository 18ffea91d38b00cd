<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>BlockStorageModel</name>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>용량</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>존</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>서버</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>생성일</translation>
        </message>
        <message>
            <source>Block storage ID</source>
            <translation>블록 스토리지 ID</translation>
        </message>
    </context>
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
            <source>This computer's clock is %n minute(s) behind the server's</source>
            <translation>
                <numerusform>이 컴퓨터의 시계가 서버보다 %n분 느립니다</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This computer's clock is %n minute(s) ahead of the server's</source>
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
        <name>DetailView</name>
        <message>
            <source>Show</source>
            <translation>보기</translation>
        </message>
        <message>
            <source>Hide</source>
            <translation>숨기기</translation>
        </message>
        <message>
            <source>Show %1</source>
            <translation>%1 보기</translation>
        </message>
        <message>
            <source>Hide %1</source>
            <translation>%1 숨기기</translation>
        </message>
        <message>
            <source>Copy</source>
            <translation>복사</translation>
        </message>
        <message>
            <source>Copy %1</source>
            <translation>%1 복사</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>열기</translation>
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
            <source>The secure connection failed: the server's certificate could not be verified.</source>
            <translation>보안 연결에 실패했습니다. iwinv API의 인증서를 확인할 수 없습니다.</translation>
        </message>
        <message>
            <source>The server tried to redirect the request elsewhere; it was not followed. Check the server address.</source>
            <translation>iwinv API가 요청을 다른 주소로 보내려 했으나 따르지 않았습니다. API 주소를 확인해 주세요.</translation>
        </message>
        <message>
            <source>The server's answer was too large and was stopped.</source>
            <translation>iwinv API의 응답이 너무 커서 중단했습니다.</translation>
        </message>
        <message>
            <source>The Access Key or Secret Key was not accepted. Check the keys issued in the iwinv console.</source>
            <translation>Access Key 또는 Secret Key가 올바르지 않습니다. iwinv 콘솔에서 발급받은 키를 확인해 주세요.</translation>
        </message>
        <message>
            <source>The server rejected the request time. Check that this computer's clock is correct.</source>
            <translation>iwinv API가 요청 시각을 거부했습니다. 이 컴퓨터의 시계가 정확한지 확인해 주세요.</translation>
        </message>
        <message>
            <source>This key may not be used from this computer's IP address. Allow the address for the key in the iwinv console.</source>
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
            <source>The server's answer could not be read.</source>
            <translation>iwinv API의 응답을 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>The request was cancelled.</source>
            <translation>요청을 취소했습니다.</translation>
        </message>
        <message>
            <source>%1 (iwinv: %2)</source>
            <extracomment>%1 is our explanation, %2 the server's own message</extracomment>
            <translation>%1 (iwinv: %2)</translation>
        </message>
        <message>
            <source>The secure connection failed: %1</source>
            <translation>보안 연결에 실패했습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>FirewallModel</name>
        <message>
            <source>Allowed</source>
            <translation>허용</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>차단</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <source>Inbound rules</source>
            <translation>인바운드 규칙</translation>
        </message>
        <message>
            <source>Outbound rules</source>
            <translation>아웃바운드 규칙</translation>
        </message>
        <message>
            <source>ICMP</source>
            <translation>ICMP</translation>
        </message>
        <message>
            <source>Servers</source>
            <translation>서버</translation>
        </message>
        <message>
            <source>Firewall ID</source>
            <translation>방화벽 ID</translation>
        </message>
    </context>
    <context>
        <name>FlavorModel</name>
        <message>
            <source>Spec</source>
            <translation>스펙</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>종류</translation>
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
            <source>GPU</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>Network</source>
            <translation>네트워크</translation>
        </message>
        <message>
            <source>Monthly (excl. VAT)</source>
            <translation>월 요금(부가세 별도)</translation>
        </message>
        <message>
            <source>Hourly (excl. VAT)</source>
            <translation>시간당 요금(부가세 별도)</translation>
        </message>
        <message>
            <source>Zones</source>
            <translation>존</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Spec ID</source>
            <translation>스펙 ID</translation>
        </message>
    </context>
    <context>
        <name>Format</name>
        <message>
            <source>₩%1</source>
            <extracomment>an amount in Korean won; %1 is the number with digit grouping</extracomment>
            <translation>%1원</translation>
        </message>
        <message>
            <source>%1 GB</source>
            <translation>%1GB</translation>
        </message>
        <message numerus="yes">
            <source>%n s ago</source>
            <translation>
                <numerusform>%n초 전</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n min ago</source>
            <translation>
                <numerusform>%n분 전</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n h ago</source>
            <translation>
                <numerusform>%n시간 전</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImageModel</name>
        <message>
            <source>Public</source>
            <translation>기본</translation>
        </message>
        <message>
            <source>MY</source>
            <translation>MY</translation>
        </message>
        <message>
            <source>OS</source>
            <translation>OS</translation>
        </message>
        <message>
            <source>Solution</source>
            <translation>솔루션</translation>
        </message>
        <message>
            <source>GPU</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>VDI</source>
            <translation>VDI</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>버전</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Zones</source>
            <translation>존</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Image ID</source>
            <translation>이미지 ID</translation>
        </message>
    </context>
    <context>
        <name>InstanceModel</name>
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
        <message>
            <source>Refresh this page now (F5)</source>
            <translation>이 화면을 지금 새로 고침 (F5)</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>CSV로 내보내기</translation>
        </message>
        <message>
            <source>Save this page's table as shown as a CSV file for Excel</source>
            <translation>이 화면의 표를 보이는 그대로 엑셀용 CSV 파일로 저장합니다</translation>
        </message>
        <message>
            <source>Ctrl+E</source>
            <translation>Ctrl+E</translation>
        </message>
        <message>
            <source>%1 (%2)</source>
            <extracomment>%1 is the page's name, %2 its keyboard shortcut</extracomment>
            <translation>%1 (%2)</translation>
        </message>
        <message>
            <source>Auto refresh: off</source>
            <translation>자동 새로 고침: 끔</translation>
        </message>
        <message>
            <source>Every 10 s</source>
            <translation>10초마다</translation>
        </message>
        <message>
            <source>Every minute</source>
            <translation>1분마다</translation>
        </message>
        <message>
            <source>Every 5 minutes</source>
            <translation>5분마다</translation>
        </message>
        <message>
            <source>How often the console refreshes this page by itself. While a server is changing it checks every 10 s.</source>
            <translation>콘솔이 이 화면을 스스로 새로 고치는 간격입니다. 서버 상태가 바뀌는 동안에는 10초마다 확인합니다.</translation>
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
            <source>%1 '%2': sending…</source>
            <extracomment>%1 is the action ("Reboot"), %2 the server's name</extracomment>
            <translation>[%1] '%2' 서버: 요청을 보내는 중…</translation>
        </message>
        <message>
            <source>%1 '%2': the answer was lost; the result is unknown, checking…</source>
            <translation>[%1] '%2' 서버: 응답을 받지 못해 결과를 알 수 없습니다. 확인하는 중…</translation>
        </message>
        <message>
            <source>%1 '%2': in progress (%3)</source>
            <extracomment>%3 is the server's status, e.g. "Working"</extracomment>
            <translation>[%1] '%2' 서버: 진행 중 (%3)</translation>
        </message>
        <message>
            <source>%1 '%2' is taking longer than expected; still checking.</source>
            <translation>[%1] '%2' 서버: 예상보다 오래 걸리고 있습니다. 계속 확인하는 중입니다.</translation>
        </message>
        <message>
            <source>%1 '%2': done.</source>
            <translation>[%1] '%2' 서버: 완료되었습니다.</translation>
        </message>
        <message>
            <source>%1 '%2' ended with the server in an error state.</source>
            <translation>[%1] '%2' 서버: 작업 후 서버가 오류 상태입니다.</translation>
        </message>
        <message>
            <source>%1 '%2': the server no longer exists (it was deleted elsewhere).</source>
            <translation>[%1] '%2' 서버: 서버가 더 이상 존재하지 않습니다. (다른 곳에서 삭제되었습니다.)</translation>
        </message>
        <message>
            <source>%1 '%2' was not carried out. You can try again.</source>
            <translation>[%1] '%2' 서버: 작업이 실행되지 않았습니다. 다시 시도할 수 있습니다.</translation>
        </message>
        <message>
            <source>%1 '%2': the result could not be confirmed; the server shows no change.</source>
            <translation>[%1] '%2' 서버: 결과를 확인할 수 없습니다. 서버에 변화가 보이지 않습니다.</translation>
        </message>
        <message>
            <source>%1 '%2' failed: %3</source>
            <extracomment>%3 explains why</extracomment>
            <translation>[%1] '%2' 서버: 실패했습니다. %3</translation>
        </message>
    </context>
    <context>
        <name>PageSpecs</name>
        <message>
            <source>Servers</source>
            <translation>서버</translation>
        </message>
        <message>
            <source>Block storage</source>
            <translation>블록 스토리지</translation>
        </message>
        <message>
            <source>Firewalls</source>
            <translation>방화벽</translation>
        </message>
        <message>
            <source>Images</source>
            <translation>이미지</translation>
        </message>
        <message>
            <source>Specs</source>
            <translation>서버 스펙</translation>
        </message>
        <message>
            <source>Zones</source>
            <translation>존</translation>
        </message>
        <message>
            <source>SSH Keys</source>
            <translation>SSH Key</translation>
        </message>
        <message>
            <source>User scripts</source>
            <translation>사용자 스크립트</translation>
        </message>
        <message>
            <source>All zones</source>
            <translation>전체 존</translation>
        </message>
        <message>
            <source>There are no servers yet. Servers you create in the iwinv console appear here.</source>
            <translation>등록된 서버가 없습니다. iwinv 콘솔에서 생성한 서버가 여기에 표시됩니다.</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>전체 상태</translation>
        </message>
        <message>
            <source>All OS</source>
            <translation>전체 OS</translation>
        </message>
        <message>
            <source>There is no block storage yet.</source>
            <translation>등록된 블록 스토리지가 없습니다.</translation>
        </message>
        <message>
            <source>All types</source>
            <translation>전체 종류</translation>
        </message>
        <message>
            <source>There are no firewalls yet.</source>
            <translation>등록된 방화벽이 없습니다.</translation>
        </message>
        <message>
            <source>No images are offered for this account.</source>
            <translation>이 계정에서 사용할 수 있는 이미지가 없습니다.</translation>
        </message>
        <message>
            <source>All kinds</source>
            <translation>전체 유형</translation>
        </message>
        <message>
            <source>Public and MY</source>
            <translation>기본 및 MY</translation>
        </message>
        <message>
            <source>No specs are offered for this account.</source>
            <translation>이 계정에서 사용할 수 있는 서버 스펙이 없습니다.</translation>
        </message>
        <message>
            <source>No zones are available to this account.</source>
            <translation>이 계정에서 사용할 수 있는 존이 없습니다.</translation>
        </message>
        <message>
            <source>There are no SSH keys yet. Add them in the iwinv web console.</source>
            <translation>등록된 SSH Key가 없습니다. iwinv 웹 콘솔에서 추가해 주세요.</translation>
        </message>
        <message>
            <source>There are no user scripts yet. Add them in the iwinv web console.</source>
            <translation>등록된 사용자 스크립트가 없습니다. iwinv 웹 콘솔에서 추가해 주세요.</translation>
        </message>
    </context>
    <context>
        <name>ResourceDetails</name>
        <message>
            <source>%1 (excl. VAT) · %2 (incl. VAT)</source>
            <extracomment>%1 price without VAT, %2 with VAT</extracomment>
            <translation>%1 (부가세 별도) · %2 (부가세 포함)</translation>
        </message>
        <message>
            <source>Monthly price</source>
            <translation>월 요금</translation>
        </message>
        <message>
            <source>Hourly price</source>
            <translation>시간당 요금</translation>
        </message>
        <message>
            <source>Daily price</source>
            <translation>일 요금</translation>
        </message>
        <message>
            <source>Price (%1)</source>
            <extracomment>%1 is the price type as the server wrote it</extracomment>
            <translation>요금 (%1)</translation>
        </message>
        <message>
            <source>Server</source>
            <translation>서버</translation>
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
            <source>Description</source>
            <translation>설명</translation>
        </message>
        <message>
            <source>Zone</source>
            <translation>존</translation>
        </message>
        <message>
            <source>Server ID</source>
            <translation>서버 ID</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>생성일</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>정지</translation>
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
            <source>Network</source>
            <translation>네트워크</translation>
        </message>
        <message>
            <source>GPU</source>
            <translation>GPU</translation>
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
            <source>Netmask / gateway</source>
            <translation>넷마스크 / 게이트웨이</translation>
        </message>
        <message>
            <source>Firewall</source>
            <translation>방화벽</translation>
        </message>
        <message>
            <source>None</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>Block storage</source>
            <translation>블록 스토리지</translation>
        </message>
        <message>
            <source>Attached</source>
            <translation>연결됨</translation>
        </message>
        <message>
            <source>Access</source>
            <translation>접속 정보</translation>
        </message>
        <message>
            <source>Default account</source>
            <translation>기본 계정</translation>
        </message>
        <message>
            <source>Initial password</source>
            <translation>초기 비밀번호</translation>
        </message>
        <message>
            <source>Console link</source>
            <translation>VNC 콘솔 링크</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>용량</translation>
        </message>
        <message>
            <source>Not attached</source>
            <translation>연결되지 않음</translation>
        </message>
        <message>
            <source>Block storage ID</source>
            <translation>블록 스토리지 ID</translation>
        </message>
        <message>
            <source>ICMP</source>
            <translation>ICMP</translation>
        </message>
        <message>
            <source>Allowed</source>
            <translation>허용</translation>
        </message>
        <message>
            <source>Blocked</source>
            <translation>차단</translation>
        </message>
        <message>
            <source>Firewall ID</source>
            <translation>방화벽 ID</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>규칙</translation>
        </message>
        <message>
            <source>Inbound</source>
            <translation>인바운드</translation>
        </message>
        <message>
            <source>Outbound</source>
            <translation>아웃바운드</translation>
        </message>
        <message>
            <source>%1 · %2 %3 · %4</source>
            <extracomment>a firewall rule: direction, protocol, port, address range</extracomment>
            <translation>%1 · %2 %3 · %4</translation>
        </message>
        <message>
            <source>No rules yet.</source>
            <translation>등록된 규칙이 없습니다.</translation>
        </message>
        <message>
            <source>Servers</source>
            <translation>서버</translation>
        </message>
        <message>
            <source>Image</source>
            <translation>이미지</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>버전</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>Visibility</source>
            <translation>구분</translation>
        </message>
        <message>
            <source>Image type</source>
            <translation>이미지 타입</translation>
        </message>
        <message>
            <source>Zones</source>
            <translation>존</translation>
        </message>
        <message>
            <source>Image ID</source>
            <translation>이미지 ID</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>안내</translation>
        </message>
        <message>
            <source>MY image</source>
            <translation>MY 이미지</translation>
        </message>
        <message>
            <source>Protected</source>
            <translation>삭제 보호</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>No</source>
            <translation>아니요</translation>
        </message>
        <message>
            <source>Minimum disk</source>
            <translation>최소 디스크</translation>
        </message>
        <message>
            <source>File size</source>
            <translation>파일 크기</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>수정일</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>Spec ID</source>
            <translation>스펙 ID</translation>
        </message>
        <message>
            <source>Price</source>
            <translation>요금</translation>
        </message>
        <message>
            <source>Not given by the server</source>
            <translation>서버가 알려 주지 않았습니다</translation>
        </message>
        <message numerus="yes">
            <source>Supported images (%n)</source>
            <translation>
                <numerusform>지원 이미지 (%n개)</numerusform>
            </translation>
        </message>
        <message>
            <source>Note</source>
            <translation>안내</translation>
        </message>
        <message>
            <source>SSH Key</source>
            <translation>SSH Key</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>SSH Key ID</source>
            <translation>SSH Key ID</translation>
        </message>
        <message>
            <source>SSH keys are added in the iwinv web console.</source>
            <translation>SSH Key는 iwinv 웹 콘솔에서 추가합니다.</translation>
        </message>
        <message>
            <source>User script</source>
            <translation>사용자 스크립트</translation>
        </message>
        <message>
            <source>Script ID</source>
            <translation>스크립트 ID</translation>
        </message>
        <message>
            <source>User scripts are added in the iwinv web console.</source>
            <translation>사용자 스크립트는 iwinv 웹 콘솔에서 추가합니다.</translation>
        </message>
    </context>
    <context>
        <name>ResourcePage</name>
        <message>
            <source>Columns</source>
            <translation>열</translation>
        </message>
        <message>
            <source>Choose the columns to show</source>
            <translation>표시할 열을 선택합니다</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>CSV로 내보내기</translation>
        </message>
        <message>
            <source>Save the table as shown (columns, filter, order) as a CSV file for Excel</source>
            <translation>표를 보이는 그대로(열, 필터, 정렬) 엑셀용 CSV 파일로 저장합니다</translation>
        </message>
        <message>
            <source>Search (Ctrl+F)</source>
            <translation>검색 (Ctrl+F)</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>필터 지우기</translation>
        </message>
        <message>
            <source>Select a row to see its details.</source>
            <translation>행을 선택하면 상세 정보가 표시됩니다.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <source>Updated %1</source>
            <extracomment>%1 is an age such as "12 s ago"</extracomment>
            <translation>%1 업데이트</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s)</source>
            <translation>
                <numerusform>%n개</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%2개 중 %1개</translation>
        </message>
        <message>
            <source>Offline: nothing could be loaded yet. The console keeps trying and fills this page as soon as the iwinv API answers.</source>
            <translation>오프라인: 아직 아무 정보도 불러오지 못했습니다. 콘솔이 계속 시도하며, iwinv API가 응답하면 바로 이 화면을 채웁니다.</translation>
        </message>
        <message>
            <source>Press F5 to try again.</source>
            <translation>F5를 눌러 다시 시도해 주세요.</translation>
        </message>
        <message>
            <source>No results. Clear the search or the filters to see everything.</source>
            <translation>검색 결과가 없습니다. 검색어나 필터를 지우면 전체가 표시됩니다.</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) could not be read and are not shown.</source>
            <translation>
                <numerusform>%n개 항목의 정보를 읽을 수 없어 표시하지 않았습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>It no longer exists on the server.</source>
            <translation>이미 삭제되었거나 존재하지 않습니다.</translation>
        </message>
        <message numerus="yes">
            <source>Copied %n row(s).</source>
            <translation>
                <numerusform>%n개 행을 복사했습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>Copy name</source>
            <translation>이름 복사</translation>
        </message>
        <message>
            <source>Copy ID</source>
            <translation>ID 복사</translation>
        </message>
        <message>
            <source>Copy %1</source>
            <extracomment>%1 is a column such as "Public IP"</extracomment>
            <translation>%1 복사</translation>
        </message>
        <message>
            <source>Copy row</source>
            <translation>행 복사</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV로 내보내기…</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV 파일 (*.csv)</translation>
        </message>
        <message numerus="yes">
            <source>Saved %n row(s) to %1.</source>
            <translation>
                <numerusform>%n개 행을 %1에 저장했습니다.</numerusform>
            </translation>
        </message>
        <message>
            <source>The file could not be saved: %1</source>
            <translation>파일을 저장할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Copied the name.</source>
            <translation>이름을 복사했습니다.</translation>
        </message>
        <message>
            <source>Copied the ID.</source>
            <translation>ID를 복사했습니다.</translation>
        </message>
        <message>
            <source>Copied: %1</source>
            <extracomment>%1 is a column such as "Public IP"</extracomment>
            <translation>복사했습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>SshKeyModel</name>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>SSH Key ID</source>
            <translation>SSH Key ID</translation>
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
        <message>
            <source>Attached</source>
            <translation>연결됨</translation>
        </message>
        <message>
            <source>Detached</source>
            <translation>연결 안 됨</translation>
        </message>
        <message>
            <source>Attaching</source>
            <translation>연결 중</translation>
        </message>
        <message>
            <source>Detaching</source>
            <translation>연결 해제 중</translation>
        </message>
        <message>
            <source>Available</source>
            <translation>사용 가능</translation>
        </message>
        <message>
            <source>Sold out</source>
            <translation>품절</translation>
        </message>
        <message>
            <source>Maintenance</source>
            <translation>점검 중</translation>
        </message>
    </context>
    <context>
        <name>UserScriptModel</name>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Registered</source>
            <translation>등록일</translation>
        </message>
        <message>
            <source>Script ID</source>
            <translation>스크립트 ID</translation>
        </message>
    </context>
    <context>
        <name>ZoneModel</name>
        <message>
            <source>Zone</source>
            <translation>존</translation>
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
            <source>Notes</source>
            <translation>안내</translation>
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
