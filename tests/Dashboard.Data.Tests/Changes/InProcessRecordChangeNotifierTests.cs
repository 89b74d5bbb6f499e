using System.Globalization;
using Dashboard.Data.Changes;

namespace Dashboard.Data.Tests.Changes;

public sealed class InProcessRecordChangeNotifierTests
{
    private static readonly RecordChange s_change = new(new DateTimeOffset(2026, 11, 25, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task Notify_ASubscriberFails_TheOthersStillHear()
    {
        var notifier = new InProcessRecordChangeNotifier();
        var heard = new List<RecordChange>();
        using var failing = notifier.Subscribe(_ => throw new InvalidOperationException("gone"));
        using var listening = notifier.Subscribe(change => { heard.Add(change); return Task.CompletedTask; });

        await notifier.NotifyAsync(s_change, TestContext.Current.CancellationToken);

        Assert.Equal([s_change], heard);
    }

    [Fact]
    public async Task Notify_AfterTheSubscriptionIsDisposed_NotHeard()
    {
        var notifier = new InProcessRecordChangeNotifier();
        var heard = 0;
        var subscription = notifier.Subscribe(_ => { heard++; return Task.CompletedTask; });

        await notifier.NotifyAsync(s_change, TestContext.Current.CancellationToken);
        subscription.Dispose();
        subscription.Dispose();
        await notifier.NotifyAsync(s_change, TestContext.Current.CancellationToken);

        Assert.Equal(1, heard);
    }

    [Fact]
    public async Task Notify_FromAnotherCulture_SubscriberHearsInItsOwn()
    {
        // Arrange: a page subscribes in its reader's culture
        var notifier = new InProcessRecordChangeNotifier();
        var heardIn = new List<string>();
        var reader = CultureInfo.GetCultureInfo("zh-CN");
        await Task.Run(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = reader;
            notifier.Subscribe(_ => { heardIn.Add($"{CultureInfo.CurrentCulture} {CultureInfo.CurrentUICulture}"); return Task.CompletedTask; });
        }, TestContext.Current.CancellationToken);

        // Act: the change comes from a worker, or another server's notification, in the process's culture
        await Task.Run(() =>
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.InvariantCulture;
            return notifier.NotifyAsync(s_change, TestContext.Current.CancellationToken);
        }, TestContext.Current.CancellationToken);

        // Assert
        Assert.Equal(["zh-CN zh-CN"], heardIn);
    }
}
