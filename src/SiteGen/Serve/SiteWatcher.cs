namespace SiteGen.Serve;

/// <summary>
/// Watches content/ and templates/ (with subfolders) and reports each changed path. Editor droppings
/// (hidden files, "~" backups, .swp) are ignored.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    readonly List<FileSystemWatcher> watchers = [];

    public SiteWatcher(IEnumerable<string> folders, Action<string> changed)
    {
        foreach (var folder in folders.Where(Directory.Exists))
        {
            var watcher = new FileSystemWatcher(folder)
            {
                IncludeSubdirectories = true,
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            };
            void On(string path)
            {
                var name = Path.GetFileName(path);
                if (name.StartsWith('.') || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal)) return;
                changed(path);
            }
            watcher.Changed += (_, e) => On(e.FullPath);
            watcher.Created += (_, e) => On(e.FullPath);
            watcher.Deleted += (_, e) => On(e.FullPath);
            watcher.Renamed += (_, e) => { On(e.OldFullPath); On(e.FullPath); };
            watcher.EnableRaisingEvents = true;
            watchers.Add(watcher);
        }
    }

    public void Dispose()
    {
        foreach (var watcher in watchers) watcher.Dispose();
    }
}
