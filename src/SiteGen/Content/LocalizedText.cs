namespace SiteGen.Content;

/// <summary>A name or label written in Chinese and English.</summary>
public sealed class LocalizedText
{
    public string Zh { get; set; } = "";
    public string En { get; set; } = "";

    public string In(string language) => language == "en" && En.Length > 0 ? En : Zh;

    public override string ToString() => Zh;
}
