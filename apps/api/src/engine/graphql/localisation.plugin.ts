import { ApolloServerPlugin } from '@apollo/server';
import { Language, languageFromAcceptLanguage } from '@kring/domain';
import { KringRequest } from '../auth/viewer';
import { ViewerService } from '../auth/viewer.service';
import { localiseGraphqlError } from './error-formatting';

export interface GraphqlContext {
  req: KringRequest;
}

/** The user's own language when logged in, else the browser's (Accept-Language), else Dutch. */
export async function requestLanguage(req: KringRequest, viewers: ViewerService): Promise<Language> {
  const viewer = await viewers.forRequest(req).catch(() => null);
  return viewer?.preferredLanguage ?? languageFromAcceptLanguage(req.headers['accept-language']);
}

/** Writes every error message in the requester's language just before the response leaves. */
export function localisationPlugin(viewers: ViewerService): ApolloServerPlugin<GraphqlContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== 'single' || !response.body.singleResult.errors?.length) return;
          const language = await requestLanguage(contextValue.req, viewers);
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => localiseGraphqlError(e, language));
        },
      };
    },
  };
}
