// Client policy, body fault cases: truncated or invalid JSON, a wrong top-level type, missing
// fields, nulls, wrong types, numbers beyond 32 bits, unknown fields and statuses, very deep
// nesting, a 50 MiB body, hostile names, and broken pagination. Listings go through the account
// session, so one bad row never sinks the list. Each asserts the attempts, the waits on the
// injected clock, what the person sees, and that nothing went out more often than allowed.
#include "api/billingapi.h"
#include "api/flavorsapi.h"
#include "api/httptransport.h"
#include "api/instancesapi.h"
#include "errortext.h"
#include "mainwindow.h"
#include "models/instancemodel.h"
#include "models/resourcefilterproxy.h"
#include "models/roles.h"
#include "operations/operationtracker.h"
#include "operationtext.h"
#include "pages/resourcepage.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "support/fixtures.h"
#include "support/simfixture.h"
#include "util/translations.h"

#include <QApplication>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStatusBar>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
SimFault fault(SimFault::Kind kind, const QString &method, const QString &path, int times = -1)
{
    SimFault f;
    f.kind = kind;
    f.method = method;
    f.path = path;
    f.times = times;
    return f;
}

//! A 200 answering GET /v1/instances with exactly \a body, \a times times.
SimFault listingBody(const QByteArray &body, int times = 1)
{
    SimFault f = fault(SimFault::Kind::Body, u"GET"_s, u"/v1/instances"_s, times);
    f.body = body;
    return f;
}

//! A well-formed success envelope around \a rows (the first page of a listing).
QByteArray envelope(const QJsonArray &rows)
{
    const QJsonObject root {{u"code"_s, u"0x00"_s},    {u"error_code"_s, u"SUCCESS"_s},
                            {u"message"_s, QString()}, {u"result"_s, rows},
                            {u"count"_s, rows.size()}, {u"page_no"_s, 1},
                            {u"page_size"_s, 100}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

QJsonObject instanceRow(const QString &id, const QString &name, const QString &status = u"active"_s)
{
    return QJsonObject {{u"instance_id"_s, id},
                        {u"name"_s, name},
                        {u"status"_s, status},
                        {u"zone"_s, QJsonObject {{u"zone_id"_s, u"kr1-z01"_s}}},
                        {u"flavor"_s, QJsonObject {{u"name"_s, u"std.c2m4"_s}, {u"vcpu"_s, 2}}}};
}

QString describe(ApiError::Kind kind)
{
    ApiError e;
    e.kind = kind;
    return ErrorText::describe(e);
}

QList<qint64> arrivals(const Simulator &sim, const QString &method, const QString &path)
{
    QList<qint64> out;
    for (const Simulator::Record &r : sim.log()) {
        if (r.method == method && r.path == path)
            out.append(r.atMs);
    }
    return out;
}

QString shown(const InstanceModel &model, int row, InstanceModel::Column column,
              int role = Qt::DisplayRole)
{
    return model.data(model.index(row, int(column)), role).toString();
}

QLabel *label(const QWidget &window, const QString &name)
{
    // The servers page's own labels first; the window's (status bar, banners) otherwise.
    if (auto *page = window.findChild<QWidget *>(u"instancesPage"_s)) {
        if (auto *found = page->findChild<QLabel *>(name))
            return found;
    }
    return window.findChild<QLabel *>(name);
}

//! The person's refresh, waited for.
bool refresh(SimFixture &f, AccountSession &session)
{
    session.store(Resource::Instances)->refresh();
    return f.drive([&] { return !session.store(Resource::Instances)->isLoading(); }, 60000);
}
} // namespace

class TstFaultsBodies : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { QVERIFY(Translations::install(qApp, u"en"_s)); }
    void truncatedOrInvalidJson_data();
    void truncatedOrInvalidJson();
    void wrongTopLevelType_data();
    void wrongTopLevelType();
    void missingFields();
    void nulls();
    void wrongTypes();
    void numbersBeyond32Bits();
    void unknownFieldsAndStatuses();
    void veryDeepNesting_data();
    void veryDeepNesting();
    void fiftyMebibyteBody();
    void hostileCharactersInNames_data();
    void hostileCharactersInNames();
    void repeatedPages();
    void repeatedPagesWithRowsWithoutIds();
    void wrongCounts();
};

// One broken answer to a listing: a read, so tried again (three attempts in all), then the
// person is told; the rows already on screen stay.
void TstFaultsBodies::truncatedOrInvalidJson_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("truncated") << QByteArray(
            R"({"code":"0x00","error_code":"SUCCESS","message":"","result":[{"instance_id":"INSTANCE-tr)");
    QTest::newRow("unquoted keys")
            << QByteArray(R"({code: 0x00, error_code: SUCCESS, result: []})");
    QTest::newRow("trailing comma") << QByteArray(R"({"code":"0x00","result":[],})");
    QTest::newRow("trailing garbage") << QByteArray(R"({"code":"0x00","result":[]} {"again":1})");
    QTest::newRow("single quotes") << QByteArray(R"({'code':'0x00','result':[]})");
    QTest::newRow("invalid UTF-8 and NUL")
            << QByteArray(R"({"code":"0x00","result":[)") + "\xff\xfe" + QByteArray(1, '\0') + "]}";
    QTest::newRow("plain text") << QByteArray("OK");
}

void TstFaultsBodies::truncatedOrInvalidJson()
{
    QFETCH(QByteArray, body);
    SimFixture f;
    AccountSession session(f.client.get(), false);
    MainWindow window(&session);
    QVERIFY(refresh(f, session));
    const int rows = session.instances()->rowCount();
    QCOMPARE(rows, int(f.sim->state().instances.size()));

    f.sim->clearLog();
    f.sim->addFault(listingBody(body, -1));
    QVERIFY(refresh(f, session));
    const ApiError &error = session.store(Resource::Instances)->lastError();
    QCOMPARE(error.kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(error.httpStatus, 200);
    // A read may be asked again: three attempts, with the policy's jittered backoff.
    const QList<qint64> at = arrivals(*f.sim, u"GET"_s, u"/v1/instances"_s);
    QCOMPARE(at.size(), 3);
    QVERIFY(at.at(1) - at.at(0) <= 2000);
    QVERIFY(at.at(2) - at.at(1) <= 4000);
    // The person reads what happened; the last good rows stay.
    QCOMPARE(ErrorText::describe(error), describe(ApiError::Kind::InvalidResponse));
    QCOMPARE(label(window, u"statusLabel"_s)->text(), describe(ApiError::Kind::InvalidResponse));
    QCOMPARE(session.instances()->rowCount(), rows);

    // Once only: the second attempt reads fine.
    f.sim->clearFaults();
    f.sim->clearLog();
    f.sim->addFault(listingBody(body, 1));
    const ApiResult r = f.fetchAll(InstancesApi::list());
    QVERIFY2(r.ok(), qPrintable(ApiError::kindName(r.error.kind)));
    QCOMPARE(r.rows().size(), rows);
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/instances"_s), 3); // page 1 twice, then page 2
}

void TstFaultsBodies::wrongTopLevelType_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("array of rows")
            << QByteArray(R"([{"instance_id":"INSTANCE-a","name":"a","status":"active"}])");
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("string") << QByteArray(R"("SUCCESS")");
    QTest::newRow("number") << QByteArray("0");
    QTest::newRow("boolean") << QByteArray("true");
    QTest::newRow("null") << QByteArray("null");
}

void TstFaultsBodies::wrongTopLevelType()
{
    QFETCH(QByteArray, body);
    SimFixture f;
    AccountSession session(f.client.get(), false);
    MainWindow window(&session);
    f.sim->addFault(listingBody(body, -1));
    const qint64 start = f.clock.nowMs();
    QVERIFY(refresh(f, session));
    QCOMPARE(session.store(Resource::Instances)->lastError().kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/instances"_s), 3);
    QVERIFY(f.clock.nowMs() - start <= 6000);
    // Nothing was read, and nothing is made up: no rows, the reason on the page.
    QCOMPARE(session.instances()->rowCount(), 0);
    QLabel *state = label(window, u"stateLabel"_s);
    QVERIFY(state);
    QVERIFY(state->text().startsWith(describe(ApiError::Kind::InvalidResponse)));
    QVERIFY(!state->isHidden());
}

void TstFaultsBodies::missingFields()
{
    SimFixture f;
    AccountSession session(f.client.get(), false);
    MainWindow window(&session);
    const QByteArray body = R"({"code":"0x00","error_code":"SUCCESS","result":[
        {"instance_id":"INSTANCE-full","name":"full","status":"active","zone":{"zone_id":"kr1-z01"},
         "flavor":{"name":"std.c2m4","vcpu":2,"memory":4,"disk":50}},
        {"name":"no id","status":"active"},
        {"instance_id":"INSTANCE-bare"},
        {"instance_id":"INSTANCE-nostatus","name":"no status"},
        {}
    ]})";
    // No count, page_no or page_size either.
    f.sim->addFault(listingBody(body));
    QTest::ignoreMessage(QtWarningMsg, "unreadable server: row 2: no instance_id");
    QTest::ignoreMessage(QtWarningMsg, "unreadable server: row 5: no instance_id");
    QVERIFY(refresh(f, session));
    QVERIFY(!session.store(Resource::Instances)->lastError().isError());
    // Page 1 as written, then the (real) empty page 2: no retry for anything.
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/instances"_s), 2);
    QCOMPARE(arrivals(*f.sim, u"GET"_s, u"/v1/instances"_s).constLast(),
             arrivals(*f.sim, u"GET"_s, u"/v1/instances"_s).constFirst());

    // Rows without an id cannot be told apart: left out and counted. The rest stay.
    const InstanceModel &model = *session.instances();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(session.store(Resource::Instances)->unreadableRows(), 2);
    QVERIFY(model.find(u"INSTANCE-full"_s));
    QCOMPARE(shown(model, model.rowOf(u"INSTANCE-full"_s), InstanceModel::Column::Vcpu), u"2"_s);
    const int bare = model.rowOf(u"INSTANCE-bare"_s);
    QVERIFY(bare >= 0);
    QCOMPARE(shown(model, bare, InstanceModel::Column::Name), QString());
    QCOMPARE(shown(model, bare, InstanceModel::Column::Status), u"Unknown"_s);
    QVERIFY(!model.data(model.index(bare, int(InstanceModel::Column::Vcpu))).isValid());
    QCOMPARE(shown(model, model.rowOf(u"INSTANCE-nostatus"_s), InstanceModel::Column::Status),
             u"Unknown"_s);
    const QString note = label(window, u"stateLabel"_s)->text();
    QVERIFY2(note.contains(u"2 rows could not be read"_s), qPrintable(note));
}

void TstFaultsBodies::nulls()
{
    SimFixture f;
    AccountSession session(f.client.get(), false);
    MainWindow window(&session);
    const QByteArray body = R"({"code":null,"error_code":null,"message":null,"count":null,
        "page_no":null,"page_size":null,"total":null,"result":[
        {"instance_id":"INSTANCE-nulls","name":null,"description":null,"status":null,
         "provide":null,"start_date":null,"stop_date":null,"default_account":null,"ip":null,
         "zone":null,"flavor":null,"image":null,"monitoring":null,"block_storage":null,
         "firewall":null,"vnc":null,"connection_limit":null,"traffic":null},
        null,
        {"instance_id":null,"name":"null id"},
        {"instance_id":"INSTANCE-inner","name":"inner nulls","status":"off",
         "flavor":{"name":null,"vcpu":null,"memory":null,"disk":null},
         "image":{"name":null,"os":null},"zone":{"zone_id":null},
         "ip":[null,{"public":null,"private":null},{"public":{"address":null}}],
         "block_storage":[null,{"block_storage_id":null}],"traffic":{"limit":null}}
    ]})";
    f.sim->addFault(listingBody(body));
    QTest::ignoreMessage(QtWarningMsg, "unreadable server: row 2: not an object");
    QTest::ignoreMessage(QtWarningMsg, "unreadable server: row 3: no instance_id");
    QVERIFY(refresh(f, session));
    QVERIFY2(!session.store(Resource::Instances)->lastError().isError(),
             qPrintable(ApiError::kindName(session.store(Resource::Instances)->lastError().kind)));
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/instances"_s), 2);

    const InstanceModel &model = *session.instances();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(session.store(Resource::Instances)->unreadableRows(),
             2); // the null row and the null id
    const int nulls = model.rowOf(u"INSTANCE-nulls"_s);
    QVERIFY(nulls >= 0);
    for (int c = 0; c < int(InstanceModel::Column::Count); ++c) {
        const auto column = InstanceModel::Column(c);
        if (column != InstanceModel::Column::Status && column != InstanceModel::Column::Id)
            QVERIFY2(shown(model, nulls, column).isEmpty(), qPrintable(QString::number(c)));
    }
    QCOMPARE(shown(model, nulls, InstanceModel::Column::Status), u"Unknown"_s);
    const Instance *inner = model.find(u"INSTANCE-inner"_s);
    QVERIFY(inner);
    QCOMPARE(inner->status, u"off"_s);
    QVERIFY(inner->ips.isEmpty());
    QVERIFY(inner->blockStorageIds.isEmpty());
    QCOMPARE(inner->trafficLimit, -1);
    QCOMPARE(shown(model, model.rowOf(u"INSTANCE-inner"_s), InstanceModel::Column::Status),
             u"Stopped"_s);
    QVERIFY(label(window, u"stateLabel"_s)->text().contains(u"2 rows could not be read"_s));
}

void TstFaultsBodies::wrongTypes()
{
    SimFixture f;
    AccountSession session(f.client.get(), false);
    MainWindow window(&session);
    const QByteArray body = R"({"code":0,"error_code":"SUCCESS","count":"6","page_no":"1",
        "page_size":"100","result":[
        {"instance_id":12345,"name":67890,"status":"off","description":["a list"],
         "flavor":{"name":"std","vcpu":"2","memory":"4GB","disk":"1,024 GB"},
         "zone":"kr1-z01","image":[{"name":"Ubuntu 22.04"}],"block_storage":"BLOCK-1, BLOCK-2",
         "ip":"203.0.113.5","connection_limit":{"ip":"3"},"traffic":"a lot"},
        {"instance_id":{"id":"INSTANCE-object"},"name":"object id"},
        ["INSTANCE-array","array row"],
        "INSTANCE-string",
        42,
        {"instance_id":"INSTANCE-lone","name":true,"status":"active","flavor":"std.c2m4",
         "ip":{"public":{"address":"203.0.113.6","attached":"Y"}},"zone":{"zone_id":7}}
    ]})";
    f.sim->addFault(listingBody(body));
    QTest::ignoreMessage(QtWarningMsg, "unreadable server: row 2: no instance_id");
    for (const char *row :
         {"unreadable server: row 3: not an object", "unreadable server: row 4: not an object",
          "unreadable server: row 5: not an object"})
        QTest::ignoreMessage(QtWarningMsg, row);
    QVERIFY(refresh(f, session));
    QVERIFY(!session.store(Resource::Instances)->lastError().isError());
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/instances"_s), 2);

    const InstanceModel &model = *session.instances();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(session.store(Resource::Instances)->unreadableRows(), 4);
    // Numbers where text was expected are written out; amounts read from text.
    const int numeric = model.rowOf(u"12345"_s);
    QVERIFY(numeric >= 0);
    QCOMPARE(shown(model, numeric, InstanceModel::Column::Name), u"67890"_s);
    QCOMPARE(shown(model, numeric, InstanceModel::Column::Vcpu), u"2"_s);
    QCOMPARE(shown(model, numeric, InstanceModel::Column::Memory), u"4 GB"_s);
    QCOMPARE(shown(model, numeric, InstanceModel::Column::Disk), u"1,024 GB"_s);
    QCOMPARE(shown(model, numeric, InstanceModel::Column::Zone), u"kr1-z01"_s);
    QCOMPARE(shown(model, numeric, InstanceModel::Column::Image), u"Ubuntu 22.04"_s);
    QCOMPARE(model.item(numeric)->blockStorageIds, (QStringList {u"BLOCK-1"_s, u"BLOCK-2"_s}));
    QCOMPARE(model.item(numeric)->limitIp, 3);
    QCOMPARE(model.item(numeric)->trafficDefault, -1);
    const int lone = model.rowOf(u"INSTANCE-lone"_s);
    QVERIFY(lone >= 0);
    QCOMPARE(shown(model, lone, InstanceModel::Column::Name), u"true"_s);
    QCOMPARE(shown(model, lone, InstanceModel::Column::PublicIp), u"203.0.113.6"_s);
    QCOMPARE(shown(model, lone, InstanceModel::Column::Zone), u"7"_s);
    QCOMPARE(shown(model, lone, InstanceModel::Column::Status), u"Running"_s);
    QVERIFY(label(window, u"stateLabel"_s)->text().contains(u"4 rows could not be read"_s));
}

void TstFaultsBodies::numbersBeyond32Bits()
{
    SimFixture f;
    SimFault bill = fault(SimFault::Kind::Body, u"GET"_s, u"/v1/bill/BILL-big"_s, 1);
    bill.body = R"({"code":"0x00","error_code":"SUCCESS","message":"","result":[
        {"bill_id":"BILL-big","name":"2026년 8월 정기 청구","price":5000000000,"vat":500000000,
         "payment_price":5500000000,"currency":"KRW","payment_status":"unpaid",
         "group":[{"type":"서버","count":"3","sub_total":5000000000,"item":[
            {"service_id":"INSTANCE-a","name":"a","price":4294967296,"vat":429496730},
            {"service_id":"INSTANCE-b","name":"b","price":"705,032,704","vat":"70503270"},
            {"service_id":"INSTANCE-c","name":"c","price":2147483648,"vat":-2147483649}]}]}]})";
    f.sim->addFault(bill);
    const qint64 start = f.clock.nowMs();
    const ApiResult r = f.call(BillingApi::detail(u"BILL-big"_s));
    QVERIFY2(r.ok(), qPrintable(ApiError::kindName(r.error.kind)));
    QCOMPARE(r.attempts, 1);
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/bill/BILL-big"_s), 1);
    QCOMPARE(f.clock.nowMs(), start);
    const Parsed<Bill> parsed = BillingApi::parseBills(r.rows());
    QVERIFY(parsed.problems.isEmpty());
    QCOMPARE(parsed.items.size(), 1);
    const Bill &b = parsed.items.first();
    QCOMPARE(b.price, Q_INT64_C(5'000'000'000));
    QCOMPARE(b.vat, Q_INT64_C(500'000'000));
    QCOMPARE(b.paymentPrice, Q_INT64_C(5'500'000'000));
    QCOMPARE(b.groups.size(), 1);
    QCOMPARE(b.groups.first().subTotal, Q_INT64_C(5'000'000'000));
    QCOMPARE(b.groups.first().count, 3);
    QCOMPARE(b.groups.first().items.size(), 3);
    QCOMPARE(b.groups.first().items.at(0).price, Q_INT64_C(4'294'967'296));
    QCOMPARE(b.groups.first().items.at(1).price, Q_INT64_C(705'032'704));
    QCOMPARE(b.groups.first().items.at(2).price, Q_INT64_C(2'147'483'648));
    QCOMPARE(b.groups.first().items.at(2).vat, Q_INT64_C(-2'147'483'649));
    qint64 sum = 0;
    for (const BillItem &item : b.groups.first().items)
        sum += item.price;
    QCOMPARE(sum, Q_INT64_C(7'147'483'648));

    // The month-to-date estimate and a missing payment_price, summed in 64 bits.
    SimFault live = fault(SimFault::Kind::Body, u"GET"_s, u"/v1/bill/live"_s, 1);
    live.body = R"({"code":"0x00","error_code":"SUCCESS","result":{"bill_id":"BILL-live",
        "price":"12,345,678,901","currency":"KRW"}})";
    f.sim->addFault(live);
    const ApiResult l = f.call(BillingApi::live());
    QVERIFY(l.ok());
    const Parsed<LiveBill> estimate = BillingApi::parseLiveBills(l.rows());
    QCOMPARE(estimate.items.size(), 1);
    QCOMPARE(estimate.items.first().price, Q_INT64_C(12'345'678'901));

    const Parsed<Bill> noTotal = BillingApi::parseBills(
            Fixtures::rowsOf(R"([{"bill_id":"BILL-x","price":4000000000,"vat":400000000}])"));
    QCOMPARE(noTotal.items.first().paymentPrice, Q_INT64_C(4'400'000'000));
}

void TstFaultsBodies::unknownFieldsAndStatuses()
{
    SimFixture f;
    AccountSession session(f.client.get(), false);
    MainWindow window(&session);
    // Unknown fields anywhere are ignored; unknown statuses are kept as written.
    QJsonObject odd = instanceRow(u"INSTANCE-odd"_s, u"odd"_s, u"migrating"_s);
    odd.insert(u"tags"_s, QJsonArray {u"a"_s, u"b"_s});
    odd.insert(u"gpu_partition"_s, QJsonObject {{u"slices"_s, 7}, {u"x"_s, QJsonArray {1, 2}}});
    odd.insert(u"status_v2"_s, QJsonObject {{u"phase"_s, u"Rescue"_s}});
    QJsonObject root
            = QJsonDocument::fromJson(envelope({odd, instanceRow(u"INSTANCE-ok"_s, u"ok"_s)}))
                      .object();
    root.insert(u"request_id"_s, u"req-1"_s);
    root.insert(u"next_page_token"_s, u"abc"_s);
    root.insert(u"deprecation"_s, QJsonObject {{u"sunset"_s, u"2027-01-01"_s}});
    f.sim->addFault(listingBody(QJsonDocument(root).toJson(QJsonDocument::Compact)));
    QVERIFY(refresh(f, session));
    QVERIFY(!session.store(Resource::Instances)->lastError().isError());
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/instances"_s), 2);
    const InstanceModel &model = *session.instances();
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(session.store(Resource::Instances)->unreadableRows(), 0);
    const int row = model.rowOf(u"INSTANCE-odd"_s);
    QCOMPARE(shown(model, row, InstanceModel::Column::Status), u"migrating"_s);
    QCOMPARE(shown(model, row, InstanceModel::Column::Status, Roles::StatusRole), u"migrating"_s);
    QCOMPARE(shown(model, row, InstanceModel::Column::Status, Qt::ToolTipRole), u"migrating"_s);

    // The simulator's own listing with a status the console has never heard of.
    QString id;
    for (const SimInstance &si : f.sim->state().instances) {
        if (si.data.status == u"active"_s && si.finalStatus.isEmpty()) {
            id = si.data.id;
            break;
        }
    }
    QVERIFY(!id.isEmpty());
    f.sim->state().instance(id)->data.status = u"rescue"_s;
    f.sim->clearLog();
    QVERIFY(refresh(f, session));
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/instances"_s), 2);
    QCOMPARE(model.rowCount(), int(f.sim->state().instances.size()));
    QCOMPARE(session.store(Resource::Instances)->unreadableRows(), 0);
    QCOMPARE(shown(model, model.rowOf(id), InstanceModel::Column::Status), u"rescue"_s);
    QCOMPARE(shown(model, model.rowOf(id), InstanceModel::Column::Status, Roles::StatusRole),
             u"rescue"_s);

    // An operation that meets an unknown status keeps waiting and says it as written.
    QString offId;
    for (const SimInstance &si : f.sim->state().instances) {
        if (si.data.status == u"off"_s) {
            offId = si.data.id;
            break;
        }
    }
    QVERIFY(!offId.isEmpty());
    OperationTracker tracker(f.client.get());
    const quint64 op = tracker.submit(Operation::Kind::Start, InstancesApi::start(offId), offId,
                                      u"srv"_s, u"off"_s);
    QVERIFY(f.drive([&] { return tracker.operation(op)->state == Operation::State::Waiting; }));
    f.sim->stick(offId);
    f.sim->state().instance(offId)->data.status = u"maintenance"_s;
    const qint64 accepted = tracker.operation(op)->acceptedMs;
    QVERIFY(f.drive([&] { return tracker.operation(op)->lastStatus == u"maintenance"_s; }));
    // Seen at the first poll, 2 s after the server accepted it.
    QCOMPARE(f.clock.nowMs() - accepted, 2000);
    QCOMPARE(tracker.operation(op)->state, Operation::State::Waiting);
    QCOMPARE(tracker.operation(op)->lastStatus, u"maintenance"_s);
    QCOMPARE(OperationText::describe(*tracker.operation(op)),
             u"Start 'srv': in progress (maintenance)"_s);
    // Still followed, never taken for an end or a failure.
    QVERIFY(f.drive([&] { return tracker.pollsSent() >= 4; }));
    QCOMPARE(tracker.operation(op)->state, Operation::State::Waiting);
    QCOMPARE(f.sim->count(u"POST"_s, u"/v1/instances/"_s + offId + u"/start"_s), 1);
}

void TstFaultsBodies::veryDeepNesting_data()
{
    QTest::addColumn<QByteArray>("body");
    const int depth = 100'000;
    QTest::newRow("arrays in result")
            << QByteArray(R"({"code":"0x00","error_code":"SUCCESS","result":[)")
                    + QByteArray(depth, '[') + QByteArray(depth, ']') + "]}";
    QByteArray objects
            = R"({"code":"0x00","error_code":"SUCCESS","result":[{"instance_id":"INSTANCE-deep","x":)";
    for (int i = 0; i < depth; ++i)
        objects += R"({"x":)";
    objects += "1" + QByteArray(depth, '}') + "}]}";
    QTest::newRow("objects in a row") << objects;
    QTest::newRow("unterminated") << QByteArray(R"({"code":"0x00","result":)")
                    + QByteArray(depth, '[');
}

void TstFaultsBodies::veryDeepNesting()
{
    QFETCH(QByteArray, body);
    SimFixture f;
    AccountSession session(f.client.get(), false);
    MainWindow window(&session);
    f.sim->addFault(listingBody(body, -1));
    const qint64 start = f.clock.nowMs();
    QVERIFY(refresh(f, session));
    // No crash, a clear error: the answer could not be read (tried as a read is).
    QCOMPARE(session.store(Resource::Instances)->lastError().kind, ApiError::Kind::InvalidResponse);
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/instances"_s), 3);
    QVERIFY(f.clock.nowMs() - start <= 6000);
    QCOMPARE(session.instances()->rowCount(), 0);
    QVERIFY(label(window, u"stateLabel"_s)
                    ->text()
                    .startsWith(describe(ApiError::Kind::InvalidResponse)));

    // Nesting a reader can take is not an error: the row is kept, its odd field ignored.
    QByteArray fine
            = R"({"code":"0x00","error_code":"SUCCESS","result":[{"instance_id":"INSTANCE-deep","x":)";
    fine += QByteArray(200, '[') + QByteArray(200, ']') + "}]}";
    f.sim->clearFaults();
    f.sim->addFault(listingBody(fine, 1));
    QVERIFY(refresh(f, session));
    QVERIFY(!session.store(Resource::Instances)->lastError().isError());
    QCOMPARE(session.instances()->rowCount(), 1);
    QVERIFY(session.instances()->find(u"INSTANCE-deep"_s));
}

void TstFaultsBodies::fiftyMebibyteBody()
{
    SimFixture f;
    SimFault huge = fault(SimFault::Kind::Huge, u"GET"_s, u"/v1/instances"_s);
    huge.size = 50 * 1024 * 1024;
    f.sim->addFault(huge);
    const qint64 start = f.clock.nowMs();
    const ApiResult r = f.call(InstancesApi::list());
    // Stopped at the 16 MiB cap, and not asked again (it would only come back as large).
    QCOMPARE(r.error.kind, ApiError::Kind::TooLarge);
    QCOMPARE(r.attempts, 1);
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/instances"_s), 1);
    QCOMPARE(f.clock.nowMs(), start);
    QCOMPARE(ErrorText::describe(r.error), describe(ApiError::Kind::TooLarge));

    // Through the session: one request, the reason on the page.
    f.sim->clearLog();
    AccountSession session(f.client.get(), false);
    MainWindow window(&session);
    QVERIFY(refresh(f, session));
    QCOMPARE(session.store(Resource::Instances)->lastError().kind, ApiError::Kind::TooLarge);
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/instances"_s), 1);
    QCOMPARE(session.instances()->rowCount(), 0);
    QVERIFY(label(window, u"stateLabel"_s)->text().startsWith(describe(ApiError::Kind::TooLarge)));
    QCOMPARE(label(window, u"statusLabel"_s)->text(), describe(ApiError::Kind::TooLarge));
    QCOMPARE(f.clock.nowMs(), start);
    QCOMPARE(HttpTransport::kMaxReplyBytes, qint64(16) * 1024 * 1024);
}

void TstFaultsBodies::hostileCharactersInNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::newRow("HTML")
            << u"<b>굵게</b><img src=x onerror=alert(1)><a href=\"http://evil.example\">x</a>&amp;"_s;
    QTest::newRow("right-to-left override") << u"\u202Egnp.exe\u202C-server"_s;
    QTest::newRow("zero-width") << u"ad\u200Bmin\u200C\u200D\uFEFF\u2060"_s;
    QTest::newRow("emoji") << u"🚀 서버 👩‍💻 🇰🇷"_s;
    QTest::newRow("Korean") << u"웹서버-운영-01 (주)한글"_s;
    QTest::newRow("control characters")
            << (u"a"_s + QChar(0) + u"b\u0007c\u001B[31md\r\ne\tf\u007F\u0085g"_s);
}

void TstFaultsBodies::hostileCharactersInNames()
{
    QFETCH(QString, name);
    SimFixture f;
    AccountSession session(f.client.get(), false);
    MainWindow window(&session);

    // First the server's own message carries it, into an error the person reads.
    SimFault refused = fault(SimFault::Kind::Status, u"GET"_s, u"/v1/instances"_s, 1);
    refused.status = 400;
    refused.body = QJsonDocument(QJsonObject {{u"code"_s, u"0x02"_s},
                                              {u"error_code"_s, u"CHECK_PARAM"_s},
                                              {u"message"_s, name},
                                              {u"result"_s, QJsonArray()}})
                           .toJson(QJsonDocument::Compact);
    f.sim->addFault(refused);
    QVERIFY(refresh(f, session));
    QCOMPARE(session.store(Resource::Instances)->lastError().kind, ApiError::Kind::Rejected);
    QCOMPARE(session.store(Resource::Instances)->lastError().message, name);
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/instances"_s), 1);
    const QString error = ErrorText::describe(session.store(Resource::Instances)->lastError());
    QVERIFY(error.contains(name));
    for (const QString &labelName : {u"stateLabel"_s, u"statusLabel"_s}) {
        QLabel *l = label(window, labelName);
        QVERIFY2(l, qPrintable(labelName));
        QVERIFY2(l->text().startsWith(error), qPrintable(l->text()));
        QCOMPARE(l->textFormat(), Qt::PlainText);
    }

    // Then as a server's name and description: kept exactly, shown as plain text.
    QJsonObject hostile = instanceRow(u"INSTANCE-hostile"_s, name);
    hostile.insert(u"description"_s, name);
    f.sim->clearLog();
    f.sim->addFault(listingBody(envelope({hostile, instanceRow(u"INSTANCE-plain"_s, u"plain"_s)})));
    QVERIFY(refresh(f, session));
    QVERIFY(!session.store(Resource::Instances)->lastError().isError());
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/instances"_s), 2);
    const InstanceModel &model = *session.instances();
    QCOMPARE(model.rowCount(), 2);
    const int row = model.rowOf(u"INSTANCE-hostile"_s);
    QCOMPARE(shown(model, row, InstanceModel::Column::Name), name);
    QCOMPARE(shown(model, row, InstanceModel::Column::Name, Qt::ToolTipRole), name);
    QCOMPARE(shown(model, row, InstanceModel::Column::Name, Roles::FilterRole), name);
    const QSortFilterProxyModel *proxy = window.page(Resource::Instances)->proxy();
    bool inTable = false;
    for (int r = 0; r < proxy->rowCount(); ++r)
        inTable = inTable
                || proxy->index(r, int(InstanceModel::Column::Name)).data().toString() == name;
    QVERIFY(inTable);

    // Whatever label shows it shows plain text only (the page and the window).
    const QList<QLabel *> labels = window.findChildren<QLabel *>();
    QVERIFY(!labels.isEmpty());
    for (QLabel *l : labels) {
        if (l->text().contains(name))
            QCOMPARE(l->textFormat(), Qt::PlainText);
    }
    for (const QString &labelName : {u"stateLabel"_s, u"statusLabel"_s, u"offlineBanner"_s})
        QCOMPARE(label(window, labelName)->textFormat(), Qt::PlainText);

    // The status bar names the server as written when a change to it is reported.
    const quint64 op = session.operations()->submit(Operation::Kind::Start,
                                                    InstancesApi::start(u"INSTANCE-hostile"_s),
                                                    u"INSTANCE-hostile"_s, name, u"off"_s);
    QVERIFY(f.drive([&] { return session.operations()->operation(op)->isFinished(); }));
    const QString message = window.statusBar()->currentMessage();
    QCOMPARE(message, OperationText::describe(*session.operations()->operation(op)));
    QVERIFY(message.contains(u"'"_s + name + u"'"_s));
}

void TstFaultsBodies::repeatedPages()
{
    SimFixture f;
    AccountSession session(f.client.get(), false);
    MainWindow window(&session);
    // Every page the server sends is page 1 again.
    f.sim->addFault(fault(SimFault::Kind::RepeatPage, u"GET"_s, u"/v1/instances"_s));
    const qint64 start = f.clock.nowMs();
    QVERIFY(refresh(f, session));
    QVERIFY(!session.store(Resource::Instances)->lastError().isError());
    // Page 2 repeats page 1: the listing ends there, with every row once.
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/instances"_s), 2);
    QCOMPARE(f.clock.nowMs(), start);
    const InstanceModel &model = *session.instances();
    QCOMPARE(model.rowCount(), int(f.sim->state().instances.size()));
    QSet<QString> ids;
    for (int r = 0; r < model.rowCount(); ++r)
        ids.insert(model.item(r)->id);
    QCOMPARE(ids.size(), model.rowCount());
    for (const SimInstance &si : f.sim->state().instances)
        QVERIFY(ids.contains(si.data.id));

    // Smaller pages: page 2 comes back as page 1, and the listing stops instead of looping.
    f.sim->clearLog();
    ApiRequest small = InstancesApi::list();
    small.setQueryValue(u"page_size"_s, u"10"_s);
    const ApiResult r = f.fetchAll(small);
    QVERIFY(r.ok());
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/instances"_s), 2);
    const Parsed<Instance> rows = InstancesApi::parseInstances(r.rows());
    QCOMPARE(rows.items.size(), 10);
    QSet<QString> once;
    for (const Instance &in : rows.items)
        once.insert(in.id);
    QCOMPARE(once.size(), 10);
}

void TstFaultsBodies::repeatedPagesWithRowsWithoutIds()
{
    SimFixture f;
    AccountSession session(f.client.get(), false);
    MainWindow window(&session);
    // The same page for every page_no, with rows that carry no id to tell them apart.
    const QByteArray page = envelope({instanceRow(u"INSTANCE-one"_s, u"one"_s),
                                      QJsonObject {{u"name"_s, u"no id"_s}},
                                      QJsonObject {{u"name"_s, u"no id either"_s}}});
    f.sim->addFault(listingBody(page, -1));
    // Each listing notes its unreadable rows; a looping one would note thousands.
    QLoggingCategory::setFilterRules(u"iwinv.session.warning=false"_s);
    const auto restoreLogging = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });
    const qint64 start = f.clock.nowMs();
    session.store(Resource::Instances)->refresh();
    // No endless loop: a page identical to the one before ends the listing, at once.
    const bool ended
            = f.drive([&] { return !session.store(Resource::Instances)->isLoading(); }, 15000);
    const int requests = f.sim->count(u"GET"_s, u"/v1/instances"_s);
    QVERIFY2(ended && requests <= 2,
             qPrintable(
                     u"ended: %1, requests: %2, clock moved %3 s"_s.arg(ended ? u"yes"_s : u"no"_s)
                             .arg(requests)
                             .arg((f.clock.nowMs() - start) / 1000)));
    QCOMPARE(f.clock.nowMs(), start);
    QCOMPARE(session.instances()->rowCount(), 1);
    QVERIFY(session.instances()->find(u"INSTANCE-one"_s));
    QCOMPARE(session.store(Resource::Instances)->unreadableRows(), 2);
}

void TstFaultsBodies::wrongCounts()
{
    // The server caps pages at 10 rows, and its count and total lie (count 100, total 5).
    SimOptions options = SimFixture::testOptions();
    options.maxPageSize = 10;
    SimFixture f(options);
    AccountSession session(f.client.get(), false);
    MainWindow window(&session);
    f.sim->addFault(fault(SimFault::Kind::WrongCount, u"GET"_s, u"/v1/instances"_s));
    QVERIFY(refresh(f, session));
    QVERIFY(!session.store(Resource::Instances)->lastError().isError());
    // Every row still arrives: 4 pages of 10, then the empty page.
    const int instances = int(f.sim->state().instances.size());
    QCOMPARE(instances, 40);
    QCOMPARE(session.instances()->rowCount(), instances);
    QCOMPARE(f.sim->count(u"GET"_s, u"/v1/instances"_s), instances / 10 + 1);
    QVERIFY(label(window, u"countLabel"_s)->text().contains(QString::number(instances)));

    // A listing with a total that lies low.
    f.sim->clearFaults();
    const ApiResult truth = f.fetchAll(FlavorsApi::list());
    QVERIFY(truth.ok());
    const qsizetype flavors = truth.rows().size();
    QVERIFY2(flavors > 10, qPrintable(QString::number(flavors)));
    f.sim->clearLog();
    f.sim->addFault(fault(SimFault::Kind::WrongCount, u"GET"_s, u"/v1/flavors"_s));
    const ApiResult lied = f.fetchAll(FlavorsApi::list());
    QVERIFY(lied.ok());
    QCOMPARE(lied.rows().size(), flavors);
    QSet<QString> ids;
    for (const QJsonValue &row : lied.rows())
        ids.insert(row.toObject().value(u"flavor_id"_s).toString());
    QCOMPARE(ids.size(), flavors);
    QVERIFY(f.sim->count(u"GET"_s, u"/v1/flavors"_s) <= int(flavors / 10) + 2);
}

QTEST_MAIN(TstFaultsBodies)
#include "tst_faultsbodies.moc"
