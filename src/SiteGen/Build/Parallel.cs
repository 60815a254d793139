namespace SiteGen.Build;

/// <summary>
/// Runs work on all cores and returns results in input order. If items fail, the failure of the first
/// failing item (in input order) is rethrown as is, not wrapped, so errors stay deterministic.
/// </summary>
public static class InOrder
{
    public static List<TResult> Map<T, TResult>(IReadOnlyList<T> items, Func<T, TResult> work)
    {
        var results = new TResult[items.Count];
        var errors = new Exception?[items.Count];
        var firstFailed = int.MaxValue;
        System.Threading.Tasks.Parallel.For(0, items.Count, i =>
        {
            // Items after a failed one cannot be the first failure: skip them, so a broken template stops a large build quickly.
            if (i > Volatile.Read(ref firstFailed)) return;
            try { results[i] = work(items[i]); }
            catch (Exception e)
            {
                errors[i] = e;
                for (var seen = Volatile.Read(ref firstFailed); i < seen; seen = Volatile.Read(ref firstFailed))
                    if (Interlocked.CompareExchange(ref firstFailed, i, seen) == seen) break;
            }
        });
        if (errors.FirstOrDefault(e => e is not null) is { } first)
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(first);
        return [.. results];
    }
}
