using System.Resources;

// The neutral .resx files hold the Chinese text: Chinese is the default language.
[assembly: NeutralResourcesLanguage("zh-CN")]
