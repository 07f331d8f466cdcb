// Web fonts for the page itself, served from the app's own origin: projector PCs and
// closed-network machines often lack Khmer, Lao, Myanmar or Japanese system fonts.
// Each file carries a unicode-range, so the browser fetches only the scripts a page shows.
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-ext-600.css';
import '@fontsource/noto-sans/vietnamese-400.css';
import '@fontsource/noto-sans/vietnamese-600.css';
import '@fontsource/noto-sans-thai/400.css';
import '@fontsource/noto-sans-khmer/400.css';
import '@fontsource/noto-sans-lao/400.css';
import '@fontsource/noto-sans-myanmar/400.css';
import '@fontsource/noto-sans-jp/400.css';
