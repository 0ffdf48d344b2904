"""The console's time limit, enforced inside the embedded engine.

ArcadeDB takes no per-query timeout over Bolt. The console group's ``readTimeout``
bounds one type scan, not a query (a variable-length MATCH ran on for minutes after the
console gave up), and ``arcadedb.command.timeout`` is one setting for the whole
database, so loads and exports would be cut too. Interrupting the connection's thread
does not stop a traversal either.

What does work is the engine's per-thread override of that timeout
(``CommandTimeoutOverride``): a query started on a thread where it is set gets a
deadline, checked in the scan, expansion and filter loops, and fails when it passes.
Bolt runs each connection in its own thread, so the process that starts the engine
registers a Cypher function, :data:`ARM`, that sets the override on the thread calling
it. The console calls it at the start of each of its transactions; the console user's
connections then carry the limit, while the explorer's and the loaders' (another user,
other connections) do not. It works the same for a process attached over Bolt.
"""

from __future__ import annotations

ARM = "munigraph.consoledeadline"

_installed: dict[str, int] = {}


def install(limit_ms: int) -> None:
    """Register :data:`ARM` in the running JVM: it sets a deadline of ``limit_ms`` on its thread.

    It takes no argument, so a console user cannot lift or stretch the limit with it.
    """
    import jpype
    from jpype import JImplements, JOverride

    _installed["limit_ms"] = limit_ms
    if "done" in _installed:
        return
    override = jpype.JClass("com.arcadedb.query.sql.executor.CommandTimeoutOverride")

    @JImplements("com.arcadedb.function.StatelessFunction")
    class Arm:
        @JOverride
        def getName(self) -> str:  # noqa: N802 (Java interface)
            return ARM

        # JPype would call the interface's default methods with no arguments for an empty
        # argument array: answer them here
        @JOverride
        def checkArity(self, *args: object) -> None:  # noqa: N802
            return None

        @JOverride
        def validateArgs(self, *args: object) -> None:  # noqa: N802
            return None

        @JOverride
        def execute(self, args: object, context: object) -> bool:
            override.set(_installed["limit_ms"])
            return True

    jpype.JClass("com.arcadedb.function.CypherFunctionRegistry").registerOrReplace(Arm())
    _installed["done"] = 1
