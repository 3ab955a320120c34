#!/usr/bin/env python3
"""pfkg beside the engines researchers know (issue 15, item 6).

Runs `pfkg serve`, a bare Fuseki (jena-fuseki-main from pfkg's own class path, the same Jena, the
same TDB2 store, union default graph, no pfkg routes, limits or caches) and Virtuoso (Debian's
virtuoso-opensource, installed with apt-get when missing, loaded once from the release's TriG
dump) over the same built release, with one HTTP client (this script) for all three:

  benchmarks/peers.py OUT_DIR [--rounds 3] [--seconds 15] [--clients 1,4,16] [--work DIR]

OUT_DIR is a build's output folder (`OUT/current/store`, `OUT/current/dumps/pfkg.trig`). The mix
is every example in queries/ without SERVICE, as the files say, sent as GET with
`Accept: application/sparql-results+json`. For each round, for each client count, each engine is
started afresh (the order rotated round by round, so that a shared machine's noise falls on all
alike), then measured twice:
  cold      each query of the mix once, its first run after the start, N clients taking the
            queries from one queue; queries/s = queries / wall seconds;
  repeated  then N clients loop over the mix (each from its own offset) for --seconds;
            queries/s = answers / wall seconds.
Only 200 answers count; any other status (pfkg's 503 time-out, 422) is reported. Prints queries/s
as min / median / max over the rounds per engine, workload and client count, pfkg's ratio to each
peer (per round, then min / median / max), each query's cold seconds at 1 client, and the row
counts per engine (a peer that answers differently is flagged).
"""
import argparse
import concurrent.futures
import http.client
import json
import os
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
ACCEPT = "application/sparql-results+json"


def mmm(values):
    if not values:
        return "-"
    return "%.3f / %.3f / %.3f" % (min(values), statistics.median(values), max(values))


def wait_ready(port, path, proc, limit=300):
    """Seconds until GET path?query=ASK{} answers 200; raises if the process ends first."""
    start = time.time()
    url = path + "?query=" + urllib.parse.quote("ASK {}")
    while time.time() - start < limit:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError("server exited with %s" % proc.returncode)
        try:
            c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            c.request("GET", url, headers={"Accept": ACCEPT})
            r = c.getresponse()
            r.read()
            c.close()
            if r.status == 200:
                return time.time() - start
        except OSError:
            pass
        time.sleep(0.05)
    raise RuntimeError("not ready after %s s" % limit)


class Engine:
    name = ""
    port = 0
    path = "/sparql"

    def start(self):
        raise NotImplementedError

    def stop(self):
        raise NotImplementedError


class JavaServer(Engine):
    """A server in its own JVM, started as its own process group and stopped by its process id."""

    proc = None

    def command(self):
        raise NotImplementedError

    def start(self):
        log = open(self.work / (self.name + ".log"), "ab")
        self.proc = subprocess.Popen(
            self.command(), cwd=HERE, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
        return wait_ready(self.port, self.path, self.proc)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(60)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.proc = None


class Pfkg(JavaServer):
    name, port, path = "pfkg", 3931, "/sparql"

    def __init__(self, out, work):
        self.out, self.work = out, work

    def command(self):
        # the launcher, as a user runs it (its heap, 1 GiB, and its class-data-sharing archive)
        return [str(HERE / "pfkg"), "serve", "--allow-synthetic", "--port", str(self.port),
                "--out", str(self.out)]


class Fuseki(JavaServer):
    name, port, path = "fuseki", 3932, "/ds/sparql"

    def __init__(self, out, work):
        self.out, self.work = out, work

    # Fuseki's command line sets up Log4j 2 before anything else; pfkg logs through SLF4J's simple
    # backend and ships no Log4j, so the bare server gets Log4j's two jars of its own (Maven copies
    # them, from the local repository or Central, into the work folder).
    LOG4J = ["org.apache.logging.log4j:log4j-api:2.25.2", "org.apache.logging.log4j:log4j-core:2.25.2"]

    def command(self):
        store = (self.out / "current" / "store").resolve()
        lib = (self.work / "fuseki-lib").resolve()
        if not list(lib.glob("log4j-core-*.jar")):
            for artifact in self.LOG4J:
                subprocess.run(["mvn", "-B", "-q", "dependency:copy", "-Dartifact=" + artifact,
                                "-DoutputDirectory=" + str(lib)], cwd=HERE, check=True)
        return ["java", "-Xmx1g", "-cp", "target/pfkg.jar:target/lib/*:" + str(lib) + "/*",
                "org.apache.jena.fuseki.main.cmds.FusekiMainCmd", "--port", str(self.port),
                "--tdb2", "--loc", str(store), "--set", "tdb:unionDefaultGraph=true", "/ds"]


VIRTUOSO_INI = """[Database]
DatabaseFile = {db}/virtuoso.db
ErrorLogFile = {db}/virtuoso.log
LockFile = {db}/virtuoso.lck
TransactionFile = {db}/virtuoso.trx
xa_persistent_file = {db}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {db}/virtuoso-temp.db
TransactionFile = {db}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0

[Parameters]
ServerPort = {isql}
LiteMode = 0
DisableUnixSocket = 1
DisableTcpSocket = 0
ServerThreads = 20
CheckpointInterval = 0
O_DIRECT = 0
CaseMode = 2
MaxStaticCursorRows = 5000
CheckpointAuditTrail = 0
AllowOSCalls = 0
SchedulerInterval = 10
DirsAllowed = ., {dumps}, /usr/share/virtuoso-opensource-7/vad
ThreadCleanupInterval = 0
ThreadThreshold = 10
ResourcesCleanupInterval = 0
FreeTextBatchSize = 100000
SingleCPU = 0
VADInstallDir = /usr/share/virtuoso-opensource-7/vad/
PrefixResultNames = 0
RdfFreeTextRulesSize = 100
IndexTreeMaps = 256
MaxMemPoolSize = 200000000
PrefixResultNames = 0
MacSpotlight = 0
MaxQueryMem = 1G
VectorSize = 1000
MaxVectorSize = 1000000
AdjustVectorSize = 0
ThreadsPerQuery = 4
AsyncQueueMaxThreads = 10
; about 1 GiB of buffers, as pfkg's heap (8 KiB pages)
NumberOfBuffers = 120000
MaxDirtyBuffers = 90000

[HTTPServer]
ServerPort = {http}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 20
DavRoot = DAV
EnabledDavVSP = 0
HTTPProxyEnabled = 0
TempASPXDir = 0
DefaultMailServer = localhost:25
MaxKeepAlives = 20
KeepAliveTimeout = 10
MaxCachedProxyConnections = 10
ProxyConnectionCacheTimeout = 15
HTTPThreadSize = 280000
HttpPrintWarningsInOutput = 0
Charset = UTF-8
MaintenancePage = atomic.html
EnabledGzipContent = 1

[AutoRepair]
BadParentLinks = 0

[Client]
SQL_PREFETCH_ROWS = 100
SQL_PREFETCH_BYTES = 16000
SQL_QUERY_TIMEOUT = 0
SQL_TXN_TIMEOUT = 0

[VDB]
ArrayOptimization = 0
NumArrayParameters = 10
VDBDisconnectTimeout = 1000
KeepConnectionOnFixedThread = 0

[Replication]
ServerName = pfkg-peers
ServerEnable = 1

[Striping]
Segment1 = 100M, db-seg1-1.db, db-seg1-2.db

[Zero Config]
ServerName = pfkg-peers

[Mono]

[URIQA]
DynamicLocal = 0
DefaultHost = localhost:{http}

[SPARQL]
ResultSetMaxRows = 1000000
MaxConstructTriples = 1000000
MaxQueryCostEstimationTime = 0
MaxQueryExecutionTime = 0
DefaultQuery = ASK {{}}
DeferInferenceRulesInit = 0
"""


class Virtuoso(Engine):
    """Virtuoso 7 in a database folder of its own; its default graph is the union of all graphs."""

    name, port, path = "virtuoso", 8931, "/sparql"
    isql_port = 1931
    proc = None

    def __init__(self, out, work):
        self.out, self.work = out, work
        self.db = work / "virtuoso"

    def isql(self, sql):
        return subprocess.run(["isql-vt", str(self.isql_port), "dba", "dba", "exec=" + sql],
                              check=True, capture_output=True, text=True).stdout

    def install(self):
        if shutil.which("virtuoso-t") is None:
            print("installing virtuoso-opensource (apt-get)", file=sys.stderr)
            env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
            subprocess.run(["apt-get", "install", "-y", "virtuoso-opensource"], check=True, env=env,
                           stdout=subprocess.DEVNULL)

    def prepare(self):
        """A fresh database loaded from the release's TriG dump (each graph as the build named it)."""
        self.install()
        dumps = (self.out / "current" / "dumps").resolve()
        shutil.rmtree(self.db, ignore_errors=True)
        self.db.mkdir(parents=True)
        (self.db / "virtuoso.ini").write_text(VIRTUOSO_INI.format(
            db=self.db, dumps=dumps, isql=self.isql_port, http=self.port))
        self.start()
        begin = time.time()
        self.isql("ld_dir('%s', 'pfkg.trig', 'urn:x-pfkg:no-graph');" % dumps)
        self.isql("rdf_loader_run();")
        self.isql("checkpoint;")
        quads = self.isql("SPARQL SELECT COUNT(*) WHERE { GRAPH ?g { ?s ?p ?o } };")
        errors = self.isql("SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;")
        print("virtuoso: loaded in %.1f s; quads:%s" % (time.time() - begin,
              " ".join(l.strip() for l in quads.splitlines() if l.strip().isdigit())), file=sys.stderr)
        if "pfkg.trig" in errors:
            raise RuntimeError("virtuoso load failed: " + errors)
        self.stop()

    def start(self):
        self.proc = subprocess.Popen(["virtuoso-t", "-f", "-c", str(self.db / "virtuoso.ini")],
                                     cwd=self.db, stdout=subprocess.DEVNULL,
                                     stderr=subprocess.DEVNULL, start_new_session=True)
        return wait_ready(self.port, self.path, self.proc)

    def stop(self):
        if self.proc and self.proc.poll() is None:
            try:
                self.isql("shutdown;")
            except subprocess.CalledProcessError:
                os.killpg(self.proc.pid, signal.SIGTERM)
            try:
                self.proc.wait(120)
            except subprocess.TimeoutExpired:
                os.killpg(self.proc.pid, signal.SIGKILL)
                self.proc.wait()
        self.proc = None


class Client:
    """One keep-alive connection per thread; the same code asks every engine."""

    def __init__(self, engine, timeout):
        self.engine, self.timeout = engine, timeout
        self.local = threading.local()

    def ask(self, text):
        """(status, rows or None, seconds) for one query."""
        url = self.engine.path + "?query=" + urllib.parse.quote(text)
        begin = time.time()
        for attempt in (1, 2):
            conn = getattr(self.local, "conn", None)
            if conn is None:
                conn = self.local.conn = http.client.HTTPConnection(
                    "127.0.0.1", self.engine.port, timeout=self.timeout)
            try:
                conn.request("GET", url, headers={"Accept": ACCEPT})
                response = conn.getresponse()
                body = response.read()
                break
            except (http.client.HTTPException, ConnectionError):
                conn.close()
                self.local.conn = None
                if attempt == 2:
                    return 0, None, time.time() - begin
        seconds = time.time() - begin
        rows = None
        if response.status == 200:
            rows = len(json.loads(body)["results"]["bindings"])
        if response.getheader("Connection", "").lower() == "close":
            conn.close()
            self.local.conn = None
        return response.status, rows, seconds


def cold(client, mix, clients):
    """Each query once, N clients from one queue: (queries/s over 200 answers, per-query results)."""
    results = {}
    begin = time.time()
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        futures = {pool.submit(client.ask, text): name for name, text in mix}
        for f in concurrent.futures.as_completed(futures):
            results[futures[f]] = f.result()
    wall = time.time() - begin
    ok = sum(1 for status, _, _ in results.values() if status == 200)
    return ok / wall, results


def repeated(client, mix, clients, seconds):
    """N clients loop over the mix for the given seconds: (queries/s over 200 answers, statuses)."""
    deadline = time.time() + seconds
    counts = {}
    lock = threading.Lock()

    def loop(offset):
        i = offset
        while time.time() < deadline:
            status, _, _ = client.ask(mix[i % len(mix)][1])
            with lock:
                counts[status] = counts.get(status, 0) + 1
            i += 1

    begin = time.time()
    with concurrent.futures.ThreadPoolExecutor(clients) as pool:
        list(pool.map(loop, [k * len(mix) // clients for k in range(clients)]))
    wall = time.time() - begin
    return counts.get(200, 0) / wall, counts


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seconds", type=float, default=15)
    parser.add_argument("--clients", default="1,4,16")
    parser.add_argument("--engines", default="pfkg,fuseki,virtuoso")
    parser.add_argument("--timeout", type=float, default=300, help="client time-out per query, s")
    parser.add_argument("--work", type=Path, default=Path("/tmp/pfkg-peers"))
    args = parser.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    clients = [int(c) for c in args.clients.split(",")]

    mix = []
    for f in sorted((HERE / "queries").glob("*.rq")):
        text = f.read_text()
        if "SERVICE" not in text:
            mix.append((f.stem, text))
    subprocess.run([str(HERE / "pfkg"), "--version"], check=True, stdout=subprocess.DEVNULL)

    kinds = {"pfkg": Pfkg, "fuseki": Fuseki, "virtuoso": Virtuoso}
    engines = [kinds[n](args.out, args.work) for n in args.engines.split(",")]
    for e in engines:
        if isinstance(e, Virtuoso):
            e.prepare()

    print("## machine: %d cores, load %s; %d queries in the mix; %s" % (
        os.cpu_count(), " ".join(open("/proc/loadavg").read().split()[:3]), len(mix),
        time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime())))
    qps = {}        # (engine, workload, clients) -> [q/s per round]
    per_round = {}  # (engine, workload, clients, round) -> q/s
    query_secs = {}  # (engine, query) -> [cold seconds at 1 client]
    rows = {}        # (engine, query) -> set of row counts
    problems = []
    for r in range(args.rounds):
        for n in clients:
            order = engines[r % len(engines):] + engines[:r % len(engines)]
            for e in order:
                ready = e.start()
                try:
                    client = Client(e, args.timeout)
                    c_qps, results = cold(client, mix, n)
                    r_qps, counts = repeated(client, mix, n, args.seconds)
                finally:
                    e.stop()
                for name, (status, count, secs) in results.items():
                    if status != 200:
                        problems.append("round %d, %d clients, %s cold: %s answered %s"
                                        % (r + 1, n, e.name, name, status))
                    else:
                        rows.setdefault((e.name, name), set()).add(count)
                    if n == 1:
                        query_secs.setdefault((e.name, name), []).append(secs)
                bad = {s: k for s, k in counts.items() if s != 200}
                if bad:
                    problems.append("round %d, %d clients, %s repeated: non-200 %s"
                                    % (r + 1, n, e.name, bad))
                for w, v in (("cold", c_qps), ("repeated", r_qps)):
                    qps.setdefault((e.name, w, n), []).append(v)
                    per_round[(e.name, w, n, r)] = v
                print("round %d, %d clients, %-8s ready %5.1f s, cold %7.2f q/s, repeated %7.2f q/s"
                      " (%s), load %s" % (r + 1, n, e.name, ready, c_qps, r_qps, counts,
                                          open("/proc/loadavg").read().split()[0]), flush=True)

    names = [e.name for e in engines]
    print("\n## queries/s, min / median / max over %d rounds" % args.rounds)
    print("| workload | clients | " + " | ".join(names) + " |")
    print("|---|---|" + "---|" * len(names))
    for w in ("cold", "repeated"):
        for n in clients:
            print("| %s | %d | %s |" % (w, n, " | ".join(mmm(qps.get((e, w, n), [])) for e in names)))
    if "pfkg" in names:
        print("\n## pfkg ÷ peer, per round, then min / median / max")
        print("| workload | clients | " + " | ".join("pfkg ÷ " + p for p in names if p != "pfkg") + " |")
        print("|---|---|" + "---|" * (len(names) - 1))
        for w in ("cold", "repeated"):
            for n in clients:
                cells = []
                for p in names:
                    if p == "pfkg":
                        continue
                    ratios = [per_round[("pfkg", w, n, r)] / per_round[(p, w, n, r)]
                              for r in range(args.rounds)
                              if per_round.get((p, w, n, r))]
                    cells.append(mmm(ratios))
                print("| %s | %d | %s |" % (w, n, " | ".join(cells)))
    print("\n## each query's first run after the start, 1 client, seconds (min / median / max); rows")
    print("| query | " + " | ".join(names) + " | rows |")
    print("|---|" + "---|" * (len(names) + 1))
    for name, _ in mix:
        counts = {e: sorted(rows.get((e, name), set())) for e in names}
        same = len({tuple(c) for c in counts.values() if c}) <= 1
        row_text = " ".join("%s %s" % (e, "/".join(map(str, c)) or "-") for e, c in counts.items())
        print("| %s | %s | %s%s |" % (name, " | ".join(mmm(query_secs.get((e, name), []))
                                                     for e in names),
                                       row_text, "" if same else " DIFFERENT"))
    if problems:
        print("\n## answers other than 200")
        for p in problems:
            print("- " + p)


if __name__ == "__main__":
    main()
