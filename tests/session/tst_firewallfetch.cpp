// Browsing: firewalls in whichever dialect the server speaks. /v1/firewall first; on a 404 the
// older /v1/security-groups, where each group's rules and servers are fetched one request each;
// the dialect is remembered for the account.
#include "api/firewallsapi.h"
#include "models/firewallmodel.h"
#include "session/accountsession.h"
#include "session/resourcestore.h"
#include "support/simfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {
SimOptions withDialect(SimOptions::FirewallDialect dialect)
{
    SimOptions options = SimFixture::testOptions();
    options.firewallDialect = dialect;
    return options;
}

QString describe(const FirewallRule &r)
{
    return u"%1 %2 %3 %4 '%5' '%6' #%7"_s.arg(r.bound, r.protocol, r.port, r.ip, r.title, r.content,
                                              r.ruleId);
}

QStringList describe(const QList<FirewallRule> &rules)
{
    QStringList out;
    for (const FirewallRule &r : rules)
        out.append(describe(r));
    return out;
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

//! Compares the model with the simulator's firewalls, field by field.
void compareWithServer(const FirewallModel &model, const SimState &state)
{
    QCOMPARE(model.rowCount(), int(state.firewalls.size()));
    for (const Firewall &expected : state.firewalls) {
        const Firewall *shown = model.find(expected.id);
        QVERIFY2(shown, qPrintable(expected.id));
        QCOMPARE(shown->title, expected.title);
        QCOMPARE(shown->content, expected.content);
        QCOMPARE(shown->icmp, expected.icmp);
        QCOMPARE(describe(shown->rules), describe(expected.rules));
        QCOMPARE(sorted(shown->instanceIds), sorted(expected.instanceIds));
    }
}

int requestsUnder(const Simulator &sim, const QString &prefix)
{
    int n = 0;
    for (const Simulator::Record &r : sim.log())
        n += r.path.startsWith(prefix) ? 1 : 0;
    return n;
}

//! How many listings of \a path began (GETs of its first page).
int listingsOf(const Simulator &sim, const QString &path)
{
    int n = 0;
    for (const Simulator::Record &r : sim.log()) {
        n += r.method == u"GET"_s && r.path == path && r.query.split(u'&').contains(u"page_no=1"_s)
                ? 1
                : 0;
    }
    return n;
}

//! A server no firewall protects yet.
QString unprotected(SimState &state)
{
    for (const SimInstance &si : state.instances) {
        if (!state.firewallOf(si.data.id))
            return si.data.id;
    }
    return {};
}

const QString kFirewall = u"/v1/firewall"_s;
const QString kGroups = u"/v1/security-groups"_s;

//! The firewalls the session lists, with their store.
bool listFirewalls(SimFixture &f, AccountSession &session)
{
    ResourceStore *store = session.store(Resource::Firewalls);
    store->refresh();
    return f.drive([&] { return !store->isLoading(); });
}
} // namespace

class TstFirewallFetch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void shouldFallBackToSecurityGroupsOnA404();
    void shouldRememberTheDialectForTheNextRefresh();
    void shouldNeverAskForSecurityGroupsWhenFirewallIsKnown_data();
    void shouldNeverAskForSecurityGroupsWhenFirewallIsKnown();
    void shouldFailTheListingWhenASubRequestFails_data();
    void shouldFailTheListingWhenASubRequestFails();
    void shouldUnescapeAGroupsDescriptionOnce();
    void shouldLeaveOutAGroupDeletedWhileItIsRead();
};

void TstFirewallFetch::shouldFallBackToSecurityGroupsOnA404()
{
    SimFixture f(withDialect(SimOptions::FirewallDialect::SecurityGroups));
    const SimState &state = f.sim->state();
    // The seeded world has firewalls with rules and servers, and one with neither.
    QVERIFY(state.firewalls.size() >= 2);
    QVERIFY(std::any_of(state.firewalls.begin(), state.firewalls.end(),
                        [](const Firewall &fw) { return fw.rules.size() > 1; }));
    QVERIFY(std::any_of(state.firewalls.begin(), state.firewalls.end(),
                        [](const Firewall &fw) { return fw.instanceIds.size() > 1; }));

    AccountSession session(f.client.get(), false);
    QCOMPARE(session.firewallDialect(), FirewallsApi::Dialect::Firewall);
    ResourceStore *store = session.store(Resource::Firewalls);
    QSignalSpy refreshed(store, &ResourceStore::refreshed);
    store->refresh();
    QVERIFY(f.drive([&] { return !store->isLoading(); }));
    QVERIFY2(!store->lastError().isError(),
             qPrintable(ApiError::kindName(store->lastError().kind)));
    QCOMPARE(refreshed.count(), 1);

    // One 404 on /v1/firewall, then the group listing and two requests per group.
    QCOMPARE(f.sim->count(u"GET"_s, kFirewall), 1);
    for (const Simulator::Record &r : f.sim->log()) {
        if (r.path == kFirewall)
            QCOMPARE(r.status, 404);
    }
    QVERIFY(f.sim->count(u"GET"_s, kGroups) >= 1);
    for (const Firewall &fw : state.firewalls) {
        QCOMPARE(f.sim->count(u"GET"_s, kGroups + u"/"_s + fw.id + u"/rules"_s), 1);
        QCOMPARE(f.sim->count(u"GET"_s, kGroups + u"/"_s + fw.id + u"/instances"_s), 1);
    }
    // Nothing but reads.
    for (const Simulator::Record &r : f.sim->log())
        QCOMPARE(r.method, u"GET"_s);
    QCOMPARE(session.firewallDialect(), FirewallsApi::Dialect::SecurityGroups);

    // The model holds what the server holds.
    compareWithServer(*session.firewalls(), state);
    if (QTest::currentTestFailed())
        return;
    const Firewall &first = state.firewalls.first();
    const int inbound
            = int(std::count_if(first.rules.begin(), first.rules.end(),
                                [](const FirewallRule &r) { return r.bound == u"IN"_s; }));
    const int row = session.firewalls()->rowOf(first.id);
    QCOMPARE(session.firewalls()->index(row, int(FirewallModel::Column::Inbound)).data().toInt(),
             inbound);
    QCOMPARE(session.firewalls()->index(row, int(FirewallModel::Column::Servers)).data().toInt(),
             int(first.instanceIds.size()));
    if (!first.instanceIds.isEmpty())
        QCOMPARE(session.firewalls()->firewallOf(first.instanceIds.first())->id, first.id);
}

void TstFirewallFetch::shouldRememberTheDialectForTheNextRefresh()
{
    SimFixture f(withDialect(SimOptions::FirewallDialect::SecurityGroups));
    AccountSession session(f.client.get(), false);
    ResourceStore *store = session.store(Resource::Firewalls);
    store->refresh();
    QVERIFY(f.drive([&] { return !store->isLoading(); }));
    QVERIFY(!store->lastError().isError());
    QCOMPARE(session.firewallDialect(), FirewallsApi::Dialect::SecurityGroups);

    // Meanwhile, elsewhere: a rule added to the empty group and a server put behind it.
    SimState &state = f.sim->state();
    Firewall &empty = state.firewalls.last();
    FirewallRule rule;
    rule.ruleId = QString::number(state.nextRuleId++);
    rule.bound = u"IN"_s;
    rule.protocol = u"TCP"_s;
    rule.port = u"8443"_s;
    rule.ip = u"10.0.0.0/8"_s;
    rule.title = u"관리 콘솔"_s;
    empty.rules.append(rule);
    const QString server = unprotected(state);
    QVERIFY(!server.isEmpty());
    empty.instanceIds.append(server);
    f.sim->clearLog();

    // The person's refresh and the console's own go straight to the groups.
    store->refresh();
    QVERIFY(f.drive([&] { return !store->isLoading(); }));
    QVERIFY(!store->lastError().isError());
    QCOMPARE(requestsUnder(*f.sim, kFirewall), 0);
    QVERIFY(f.sim->count(u"GET"_s, kGroups) >= 1);
    compareWithServer(*session.firewalls(), state);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(session.firewalls()->firewallOf(server)->id, empty.id);

    f.sim->clearLog();
    session.setAutoRefreshMs(AccountSession::kDefaultRefreshMs);
    session.setActive(Resource::Firewalls);
    const qint64 before = store->lastRefreshMs();
    QVERIFY(f.drive([&] { return store->lastRefreshMs() > before && !store->isLoading(); }, 10000));
    QVERIFY(!store->lastError().isError());
    QCOMPARE(requestsUnder(*f.sim, kFirewall), 0);
    QVERIFY(f.sim->count(u"GET"_s, kGroups) >= 1);
    QCOMPARE(session.firewallDialect(), FirewallsApi::Dialect::SecurityGroups);
}

void TstFirewallFetch::shouldNeverAskForSecurityGroupsWhenFirewallIsKnown_data()
{
    QTest::addColumn<int>("dialect");
    QTest::newRow("server speaks /v1/firewall") << int(SimOptions::FirewallDialect::Firewall);
    QTest::newRow("server speaks both") << int(SimOptions::FirewallDialect::Both);
}

void TstFirewallFetch::shouldNeverAskForSecurityGroupsWhenFirewallIsKnown()
{
    QFETCH(int, dialect);
    SimFixture f(withDialect(SimOptions::FirewallDialect(dialect)));
    AccountSession session(f.client.get(), false);
    ResourceStore *store = session.store(Resource::Firewalls);
    for (int round = 0; round < 2; ++round) {
        store->refresh();
        QVERIFY(f.drive([&] { return !store->isLoading(); }));
        QVERIFY(!store->lastError().isError());
    }
    // Two listings. Each is its first page and the empty page that ends it: a page shorter
    // than asked for may be a server's silent cap, so the client asks once more (API reference,
    // "Responses": one empty page at most).
    QCOMPARE(listingsOf(*f.sim, kFirewall), 2);
    QCOMPARE(f.sim->count(u"GET"_s, kFirewall), 2 * 2);
    QCOMPARE(requestsUnder(*f.sim, kGroups), 0);
    QCOMPARE(session.firewallDialect(), FirewallsApi::Dialect::Firewall);
    compareWithServer(*session.firewalls(), f.sim->state());
}

void TstFirewallFetch::shouldFailTheListingWhenASubRequestFails_data()
{
    QTest::addColumn<QString>("part");
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("kind");
    QTest::newRow("rules, 500") << u"rules"_s << 500 << int(ApiError::Kind::Server);
    QTest::newRow("instances, 500") << u"instances"_s << 500 << int(ApiError::Kind::Server);
    QTest::newRow("rules, 403") << u"rules"_s << 403 << int(ApiError::Kind::Forbidden);
}

void TstFirewallFetch::shouldFailTheListingWhenASubRequestFails()
{
    QFETCH(QString, part);
    QFETCH(int, status);
    QFETCH(int, kind);
    SimFixture f(withDialect(SimOptions::FirewallDialect::SecurityGroups));
    AccountSession session(f.client.get(), false);
    ResourceStore *store = session.store(Resource::Firewalls);
    QSignalSpy failed(store, &ResourceStore::failed);

    // The very first listing: one group's sub-request keeps failing.
    const Firewall &second = f.sim->state().firewalls.at(1);
    SimFault fault;
    fault.kind = SimFault::Kind::Status;
    fault.method = u"GET"_s;
    fault.path = kGroups + u"/"_s + second.id + u"/"_s + part;
    fault.status = status;
    f.sim->addFault(fault);
    store->refresh();
    QVERIFY(f.drive([&] { return !store->isLoading(); }));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(int(store->lastError().kind), kind);
    QCOMPARE(store->lastError().httpStatus, status);
    QVERIFY(!store->hasData());
    QCOMPARE(session.firewalls()->rowCount(), 0); // nothing half-read is shown
    QCOMPARE(session.firewallDialect(), FirewallsApi::Dialect::SecurityGroups);

    // The server recovers: a good listing.
    f.sim->clearFaults();
    store->refresh();
    QVERIFY(f.drive([&] { return !store->isLoading(); }));
    QVERIFY(!store->lastError().isError());
    compareWithServer(*session.firewalls(), f.sim->state());
    if (QTest::currentTestFailed())
        return;
    const qint64 good = store->lastRefreshMs();

    // It fails again after something changed: the last good data stays, unchanged.
    const QString oldTitle = f.sim->state().firewalls.first().title;
    f.sim->state().firewalls.first().title = u"renamed"_s;
    f.sim->addFault(fault);
    store->refresh();
    QVERIFY(f.drive([&] { return !store->isLoading(); }));
    QCOMPARE(failed.count(), 2);
    QCOMPARE(int(store->lastError().kind), kind);
    QCOMPARE(store->lastRefreshMs(), good);
    QCOMPARE(session.firewalls()->find(f.sim->state().firewalls.first().id)->title, oldTitle);
}

void TstFirewallFetch::shouldUnescapeAGroupsDescriptionOnce()
{
    // Observed: a group's content comes HTML-escaped once (&lt; for <).
    SimFixture f(withDialect(SimOptions::FirewallDialect::SecurityGroups));
    const QString text = u"<web> & \"db\" &lt;kept&gt;"_s;
    f.sim->state().firewalls.first().content = text;
    const QString id = f.sim->state().firewalls.first().id;
    AccountSession session(f.client.get(), false);
    QVERIFY(listFirewalls(f, session));
    QVERIFY(!session.store(Resource::Firewalls)->lastError().isError());
    QCOMPARE(session.firewalls()->find(id)->content, text);
}

void TstFirewallFetch::shouldLeaveOutAGroupDeletedWhileItIsRead()
{
    // The group is listed, then gone when its rules are asked for (400 CHECK_PARAM, observed
    // for a deleted group): the listing holds the others and no error.
    SimFixture f(withDialect(SimOptions::FirewallDialect::SecurityGroups));
    const QString gone = f.sim->state().firewalls.first().id;
    SimFault deleted;
    deleted.kind = SimFault::Kind::Status;
    deleted.method = u"GET"_s;
    deleted.path = kGroups + u'/' + gone + u"/rules"_s;
    deleted.status = 400;
    deleted.errorCode = u"CHECK_PARAM"_s;
    f.sim->addFault(deleted);
    AccountSession session(f.client.get(), false);
    QVERIFY(listFirewalls(f, session));
    const ResourceStore *store = session.store(Resource::Firewalls);
    QVERIFY2(!store->lastError().isError(),
             qPrintable(ApiError::kindName(store->lastError().kind)));
    QCOMPARE(session.firewalls()->rowCount(), int(f.sim->state().firewalls.size()) - 1);
    QVERIFY(!session.firewalls()->find(gone));
    // No request ever had an empty id in its path.
    for (const Simulator::Record &r : f.sim->log())
        QVERIFY2(!r.path.contains(u"//"_s), qPrintable(r.path));
}

QTEST_GUILESS_MAIN(TstFirewallFetch)
#include "tst_firewallfetch.moc"
