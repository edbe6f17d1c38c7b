import {createContext} from 'react';

/** True inside <OfficialText>: headings there are citeable plan items. */
export const OfficialTextContext = createContext(false);
