using System.Globalization;

namespace Dashboard.Benchmarks.Load;

/// <summary>
/// Processor time, from /proc: the server process's own and the whole machine's busy time. Taken before and after the
/// readers' interactions, it shows whose work the latency waits on, the server's or the browsers' on the same cores.
/// </summary>
internal sealed record ProcessorTime(TimeSpan Server, TimeSpan MachineBusy)
{
    // /proc reports in clock ticks; Linux's user-visible tick is 100 a second.
    private const double TicksPerSecond = 100;

    public static ProcessorTime operator -(ProcessorTime after, ProcessorTime before)
        => new(after.Server - before.Server, after.MachineBusy - before.MachineBusy);

    public static ProcessorTime Read(int processId)
    {
        // /proc/PID/stat: the fields after the command's closing parenthesis; utime and stime are the 12th and 13th of them.
        var stat = File.ReadAllText($"/proc/{processId}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var server = Ticks(fields[11]) + Ticks(fields[12]);

        // /proc/stat's first line: user nice system idle iowait irq softirq steal; busy is all but idle and iowait.
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries)[1..].Select(Ticks).ToArray();
        var busy = cpu[0] + cpu[1] + cpu[2] + cpu[5] + cpu[6] + cpu[7];
        return new ProcessorTime(Time(server), Time(busy));
    }

    private static long Ticks(string field) => long.Parse(field, CultureInfo.InvariantCulture);

    private static TimeSpan Time(long ticks) => TimeSpan.FromSeconds(ticks / TicksPerSecond);
}
